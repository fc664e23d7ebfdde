import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type RequestListener, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { InMemoryPebble, startPebbleServer, type PebbleServer } from '../../../testing/src/pebble';
import { APIError, Client, ConnectionError, ProtocolError, TimeoutError } from '../../src/pebble';
import { HttpTransport } from '../../src/pebble/http-transport';

const MiB = 1024 * 1024;

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'jujuts-pebble-err-'));
}

async function rawServer(socketPath: string, handler: RequestListener): Promise<Server> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(socketPath, resolve));
  return server;
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

/** Produces `total` bytes in 64 KiB chunks without ever holding them all. */
function generated(total: number): Readable {
  let sent = 0;
  return new Readable({
    read() {
      const n = Math.min(64 * 1024, total - sent);
      sent += n;
      this.push(n > 0 ? Buffer.alloc(n, 0x61) : null);
    },
  });
}

/** A sink that only counts what it is given. */
function counter(): Writable & { bytes: number } {
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      sink.bytes += chunk.length;
      cb();
    },
  }) as Writable & { bytes: number };
  sink.bytes = 0;
  return sink;
}

describe('Client', () => {
  let dir: string;
  let socketPath: string;
  beforeEach(() => {
    dir = tempDir();
    socketPath = join(dir, 'pebble.socket');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe('when the socket does not exist', () => {
    it('raises ConnectionError naming the path and the likely cause', async () => {
      const err = await new Client({ socketPath }).getSystemInfo().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ConnectionError);
      expect((err as ConnectionError).message).toContain(`socket ${socketPath} does not exist`);
      expect((err as ConnectionError).message).toContain('the workload container may not be ready yet');
      expect((err as ConnectionError).socketPath).toBe(socketPath);
    });
  });

  describe('when Pebble never answers', () => {
    let server: Server;
    beforeEach(async () => {
      server = await rawServer(socketPath, () => undefined);
    });
    afterEach(() => closeServer(server));

    it('fails with TimeoutError after the request timeout', async () => {
      const err = await new Client({ socketPath }).getSystemInfo({ timeout: 50 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(TimeoutError);
      expect(err).toMatchObject({ timeoutMs: 50 });
    });

    it('rejects with the abort reason when the signal aborts', async () => {
      const controller = new AbortController();
      const pending = new Client({ socketPath }).getPlan({ signal: controller.signal });
      controller.abort(new Error('charm gave up'));
      await expect(pending).rejects.toThrow('charm gave up');
    });
  });

  describe('when Pebble answers something that is not its API', () => {
    const answers: [string, string][] = [
      ['not JSON', '<html>oops</html>'],
      ['an unknown envelope type', JSON.stringify({ type: 'weird', 'status-code': 200, result: null })],
    ];
    it.each(answers)('raises ProtocolError for %s', async (_what, body) => {
      const server = await rawServer(socketPath, (_req, res) => res.end(body));
      try {
        await expect(new Client({ socketPath }).getSystemInfo()).rejects.toBeInstanceOf(ProtocolError);
      } finally {
        await closeServer(server);
      }
    });

    it('raises ProtocolError when a file read is not multipart', async () => {
      const server = await rawServer(socketPath, (_req, res) => {
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        res.end('hello');
      });
      try {
        await expect(new Client({ socketPath }).pull('/f')).rejects.toThrow(/expected a multipart response/);
      } finally {
        await closeServer(server);
      }
    });
  });

  describe('against the server stand-in', () => {
    let pebble: InMemoryPebble;
    let server: PebbleServer;
    let client: Client;
    beforeEach(async () => {
      pebble = new InMemoryPebble();
      server = await startPebbleServer(pebble, socketPath);
      client = new Client({ socketPath });
    });
    afterEach(async () => {
      await server.close();
      pebble.dispose();
    });

    it('raises ConnectionError while the stand-in refuses connections', async () => {
      pebble.canConnect = false;
      const err = await client.getSystemInfo().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ConnectionError);
      expect((err as Error).message).toContain(`connection to Pebble at ${socketPath} failed during GET /v1/system-info`);
    });

    it('answers an unknown path with a 404 APIError', async () => {
      const err = await new HttpTransport(socketPath, 5000).json({ method: 'GET', path: '/v1/nope' }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(APIError);
      expect(err).toMatchObject({ code: 404, status: 'Not Found' });
    });

    it('times out waiting for a change that does not finish', async () => {
      const { changeId } = pebble.changes.begin('exec', 'Execute command "x"', { kind: 'exec', summary: 'x' });
      await expect(client.waitChange(changeId, { timeout: 100 })).rejects.toBeInstanceOf(TimeoutError);
    });

    it('returns a change once it finishes during the wait', async () => {
      const { changeId } = pebble.changes.begin('exec', 'Execute command "x"', { kind: 'exec', summary: 'x' });
      setTimeout(() => pebble.changes.finish(changeId, { data: { 'exit-code': 0 } }), 20);
      expect(await client.waitChange(changeId, { timeout: 5000 })).toMatchObject({ ready: true, status: 'Done' });
    });

    it('streams 10 MiB of exec output to a writable', async () => {
      pebble.handleExec(['yes'], () => ({ stdout: generated(10 * MiB) }));
      const sink = counter();
      await (await client.exec(['yes'], { stdout: sink })).wait();
      expect(sink.bytes).toBe(10 * MiB);
    });

    it('streams a 10 MiB file out of the container', async () => {
      await pebble.files.write('/big', generated(10 * MiB));
      const sink = counter();
      await new Promise<void>((resolve, reject) => {
        client.pull('/big').then((stream) => stream.pipe(sink).on('finish', resolve).on('error', reject), reject);
      });
      expect(sink.bytes).toBe(10 * MiB);
    });

    it('lets wait() finish when nobody reads 10 MiB of output', async () => {
      pebble.handleExec(['yes'], () => ({ stdout: generated(10 * MiB), exitCode: 2 }));
      await expect((await client.exec(['yes'])).wait()).rejects.toMatchObject({ exitCode: 2 });
    });

    it('sends stdin EOF so the command sees all of its input', async () => {
      pebble.handleExec(['wc', '-c'], (req) => ({ stdout: `${req.stdin.length}\n` }));
      const proc = await client.exec(['wc', '-c'], { stdin: generated(3 * MiB) });
      expect((await proc.waitOutput()).stdout).toBe(`${3 * MiB}\n`);
    });

    it('fails the output stream when the websocket closes before the end', async () => {
      const broken = new Readable({ read() {} });
      broken.push(Buffer.from('partial'));
      setTimeout(() => broken.destroy(new Error('crash')), 20);
      pebble.handleExec(['crash'], () => ({ stdout: broken }));
      const err = await (await client.exec(['crash'])).waitOutput().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ConnectionError);
      expect((err as Error).message).toContain('websocket closed before');
    });

    it('passes user, group, timeout and service context to Pebble', async () => {
      await client.addLayer('l', { services: { svc: { override: 'replace', command: '/x', environment: { FROM: 'svc' }, 'working-dir': '/srv' } } });
      pebble.handleExec(['id'], {});
      await (await client.exec(['id'], { serviceContext: 'svc', user: 'app', groupId: 7, timeout: 1500, environment: { X: '1' } })).wait();
      expect(pebble.execHistory[0]).toMatchObject({
        command: ['id'],
        user: 'app',
        groupId: 7,
        timeout: 1500,
        workingDir: '/srv',
        environment: { FROM: 'svc', X: '1' },
      });
    });
  });
});
