import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InMemoryPebble, startPebbleServer } from '../../../testing/src/pebble';
import { Client } from '../../src/pebble';
import { describePebbleClientContract } from './client-contract';

function tempSocket(): { path: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'jujuts-sock-'));
  return { path: join(dir, 'pebble.socket'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

describe('Client', () => {
  describe('against the Pebble server stand-in', () => {
    describePebbleClientContract(async () => {
      const pebble = new InMemoryPebble();
      const socket = tempSocket();
      const server = await startPebbleServer(pebble, socket.path);
      let closed = false;
      const close = async () => {
        if (!closed) await server.close();
        closed = true;
      };
      return {
        client: new Client({ socketPath: socket.path }),
        pebble,
        disconnect: close,
        close: async () => {
          await close();
          pebble.dispose();
          socket.cleanup();
        },
      };
    });
  });
});
