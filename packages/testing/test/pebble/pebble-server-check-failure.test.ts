import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { get } from 'node:http';
import { Client, ConnectionError } from '@jujuts/ops/pebble';
import type { Service, ServiceAction } from '@jujuts/ops/pebble';
import { InMemoryPebble, startPebbleServer, type PebbleServer } from '../../src/pebble';

/** A clock that moves one second per reading. */
function ticking(): () => Date {
  let t = Date.UTC(2026, 0, 1);
  return () => new Date((t += 1000));
}

function webService(action: ServiceAction): Service {
  return { override: 'replace', command: '/bin/web', 'on-check-failure': { up: action } };
}

/** A Pebble whose running `web` service takes `action` when the `up` check (threshold 1) goes down. */
function pebbleWith(action: ServiceAction): InMemoryPebble {
  const pebble = new InMemoryPebble({ now: ticking() });
  pebble.addLayer('base', {
    services: { web: webService(action) },
    checks: { up: { override: 'replace', threshold: 1, tcp: { port: 8080 } } },
  });
  pebble.serviceAction('start', ['web']);
  return pebble;
}

/** `GET /v1/services` as Pebble sends it, with the fields the client does not keep. */
function rawServices(socketPath: string): Promise<Record<string, unknown>[]> {
  return new Promise((resolve, reject) => {
    get({ socketPath, path: '/v1/services', agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve((JSON.parse(Buffer.concat(chunks).toString('utf8')) as { result: Record<string, unknown>[] }).result));
      res.on('error', reject);
    }).on('error', reject);
  });
}

describe('the Pebble server stand-in, when a check fails', () => {
  let dir: string;
  let socketPath: string;
  let pebble: InMemoryPebble;
  let server: PebbleServer;
  let client: Client;
  async function serve(action: ServiceAction): Promise<void> {
    pebble = pebbleWith(action);
    server = await startPebbleServer(pebble, socketPath);
    client = new Client({ socketPath });
  }
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'jujuts-check-'));
    socketPath = join(dir, 'pebble.socket');
  });
  afterEach(async () => {
    await server.close();
    pebble.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('and the service restarts on it', () => {
    beforeEach(() => serve('restart'));

    it('shows the service active again, with a later current-since', async () => {
      const before = await rawServices(socketPath);
      pebble.checks.fail('up');
      expect(await client.getServices()).toEqual([expect.objectContaining({ name: 'web', current: 'active' })]);
      const after = await rawServices(socketPath);
      expect(Date.parse(String(after[0]?.['current-since']))).toBeGreaterThan(Date.parse(String(before[0]?.['current-since'])));
    });

    it('shows no new change', async () => {
      const before = (await client.getChanges({ select: 'all' })).map((c) => c.id);
      pebble.checks.fail('up');
      expect((await client.getChanges({ select: 'all' })).map((c) => c.id)).toEqual(before);
    });
  });

  describe('and the service asks Pebble to shut down', () => {
    beforeEach(() => serve('shutdown'));

    it('stops answering as a dead Pebble: open connections are cut, then the socket is gone', async () => {
      expect((await client.getSystemInfo()).version).toBeTruthy();
      pebble.checks.fail('up');
      // The kept-alive connection of the first call dies with Pebble (EPIPE or ECONNRESET); a new one finds no socket.
      await expect(client.getServices()).rejects.toBeInstanceOf(ConnectionError);
      const err = await client.getServices().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ConnectionError);
      expect((err as Error).message).toContain(`socket ${socketPath} does not exist`);
      expect(existsSync(socketPath)).toBe(false);
    });

    it('can still be closed afterwards', async () => {
      pebble.checks.fail('up');
      await expect(server.close()).resolves.toBeUndefined();
      await expect(server.close()).resolves.toBeUndefined();
    });
  });
});
