import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { Client } from '@jujuts/ops/pebble';
import { InMemoryPebble, startPebbleServer, type PebbleServer } from '../../src/pebble';

const MiB = 1024 * 1024;
const CHUNK = 64 * 1024;
/** What may be in flight (socket, parser and stream buffers) between the two ends of a transfer. */
const IN_FLIGHT = 16 * MiB;

/** `total` bytes in 64 KiB chunks, made as they are read; `onRead(sentSoFar)` runs before each. */
function generated(total: number, onRead: (sent: number) => void): Readable {
  let sent = 0;
  return new Readable({
    read() {
      onRead(sent);
      const size = Math.min(CHUNK, total - sent);
      sent += size;
      this.push(size > 0 ? Buffer.alloc(size, 0x61) : null);
    },
  });
}

/** A sink that counts bytes; `onWrite(receivedSoFar)` runs after each chunk. */
function countingSink(onWrite: (received: number) => void): Writable & { bytes: number } {
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      sink.bytes += chunk.length;
      onWrite(sink.bytes);
      done();
    },
  }) as Writable & { bytes: number };
  sink.bytes = 0;
  return sink;
}

describe('the Pebble server stand-in', () => {
  describe('with the files on disk', () => {
    let dir: string;
    let pebble: InMemoryPebble;
    let server: PebbleServer;
    let client: Client;
    beforeEach(async () => {
      dir = mkdtempSync(join(tmpdir(), 'jujuts-stream-'));
      pebble = new InMemoryPebble({ root: join(dir, 'root') });
      server = await startPebbleServer(pebble, join(dir, 'pebble.socket'));
      client = new Client({ socketPath: join(dir, 'pebble.socket') });
    });
    afterEach(async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('writes a 64 MiB push to disk while it is still being sent', async () => {
      const lags: number[] = [];
      const host = join(dir, 'root', 'big');
      const source = generated(64 * MiB, (sent) => {
        if (sent > 0 && sent % (8 * MiB) === 0) lags.push(sent - (statSync(host, { throwIfNoEntry: false })?.size ?? 0));
      });
      await client.push('/big', source);
      expect(statSync(host).size).toBe(64 * MiB);
      expect(lags.length).toBeGreaterThan(4);
      expect(Math.max(...lags)).toBeLessThan(IN_FLIGHT);
    });

    it('reads a 64 MiB pull from disk only as fast as the client takes it', async () => {
      pebble.files.put('/big', Buffer.alloc(64 * MiB, 0x62));
      const read = pebble.files.read.bind(pebble.files);
      let served = 0;
      pebble.files.read = async (path) => (await read(path)).pipe(new PassThrough().on('data', (c: Buffer) => (served += c.length)));
      const lags: number[] = [];
      let mark = 8 * MiB;
      const sink = countingSink((received) => {
        if (received < mark) return;
        lags.push(served - received);
        mark += 8 * MiB;
      });
      await new Promise<void>((resolve, reject) => {
        client.pull('/big').then((stream) => stream.pipe(sink).on('finish', resolve).on('error', reject), reject);
      });
      expect(sink.bytes).toBe(64 * MiB);
      expect(lags.length).toBeGreaterThan(4);
      expect(Math.max(...lags)).toBeLessThan(IN_FLIGHT);
    });
  });
});
