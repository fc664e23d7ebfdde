import { PassThrough, Readable } from 'node:stream';
import type { InMemoryPebble } from '../../../testing/src/pebble';
import { APIError, ChangeError, ConnectionError, ExecError, PathError } from '../../src/pebble';
import type { Layer, PebbleClient } from '../../src/pebble';

/** What a contract run needs: a client, the in-memory Pebble behind it, and a way to tear down. */
export interface ContractSubject {
  client: PebbleClient;
  pebble: InMemoryPebble;
  /** Makes Pebble unreachable as a missing socket does. */
  disconnect(): Promise<void>;
  close(): Promise<void>;
}

function webLayer(fields: Partial<NonNullable<Layer['services']>[string]> = {}): Layer {
  return { services: { web: { override: 'replace', command: '/bin/web', startup: 'enabled', ...fields } } };
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

/**
 * The behaviour every PebbleClient must show, run against the in-memory
 * client directly and against the socket client talking to the server
 * stand-in, so both stay interchangeable.
 */
export function describePebbleClientContract(make: () => Promise<ContractSubject>): void {
  let s: ContractSubject;
  beforeEach(async () => {
    s = await make();
  });
  afterEach(async () => {
    await s.close();
  });

  describe('system info', () => {
    it('reports the version', async () => {
      expect((await s.client.getSystemInfo()).version).toBe(s.pebble.systemInfo().version);
    });
  });

  describe('layers and plan', () => {
    it('returns the combined plan', async () => {
      await s.client.addLayer('base', webLayer({ environment: { A: '1' } }));
      await s.client.addLayer('extra', { services: { web: { override: 'merge', environment: { B: '2' } } } });
      const plan = await s.client.getPlan();
      expect(plan.services['web']).toMatchObject({ command: '/bin/web', environment: { A: '1', B: '2' } });
    });

    it('accepts a layer written as YAML', async () => {
      await s.client.addLayer('base', 'services:\n  web:\n    override: replace\n    command: /bin/yaml\n');
      expect((await s.client.getPlan()).services['web']?.command).toBe('/bin/yaml');
    });

    it('combines into an existing label with combine', async () => {
      await s.client.addLayer('base', webLayer());
      await s.client.addLayer('base', { services: { web: { override: 'merge', command: '/bin/v2' } } }, { combine: true });
      expect(s.pebble.layers).toHaveLength(1);
      expect((await s.client.getPlan()).services['web']?.command).toBe('/bin/v2');
    });

    it('refuses an existing label without combine with a 400', async () => {
      await s.client.addLayer('base', webLayer());
      const err = await s.client.addLayer('base', webLayer()).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(APIError);
      expect(err).toMatchObject({ code: 400, message: expect.stringContaining('layer "base" already exists') });
    });
  });

  describe('services', () => {
    beforeEach(async () => {
      await s.client.addLayer('base', webLayer());
    });

    it('starts, stops and restarts, waiting for the change', async () => {
      const id = await s.client.startServices(['web']);
      expect((await s.client.getServices(['web']))[0]).toEqual({ name: 'web', startup: 'enabled', current: 'active', currentSince: expect.any(Date) });
      expect((await s.client.getChange(id)).status).toBe('Done');
      await s.client.stopServices(['web']);
      expect(s.pebble.serviceStatus('web')).toBe('inactive');
      await s.client.restartServices(['web']);
      expect(s.pebble.serviceStatus('web')).toBe('active');
    });

    it('reports when a service last changed state, and never-run services without a time', async () => {
      expect((await s.client.getServices(['web']))[0]?.currentSince).toBeUndefined();
      await s.client.startServices(['web']);
      const started = (await s.client.getServices(['web']))[0]?.currentSince;
      expect(started).toBeInstanceOf(Date);
      expect(Number.isNaN(started?.getTime())).toBe(false);
      await s.client.stopServices(['web']);
      const stopped = (await s.client.getServices(['web']))[0]?.currentSince;
      expect(stopped?.getTime()).toBeGreaterThanOrEqual(started?.getTime() ?? Infinity);
    });

    it('starts enabled services on replan and autostart', async () => {
      await s.client.replanServices();
      expect(s.pebble.serviceStatus('web')).toBe('active');
      await s.client.stopServices(['web']);
      await s.client.autostartServices();
      expect(s.pebble.serviceStatus('web')).toBe('active');
    });

    it('refuses an unknown service as Pebble does', async () => {
      const err = await s.client.startServices(['nope']).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(APIError);
      expect(err).toMatchObject({ code: 400, message: 'service "nope" does not exist' });
    });

    it('throws ChangeError with the task log when a service fails to start', async () => {
      s.pebble.services.setStartFailure('web', 'exited quickly with code 1');
      const err = await s.client.startServices(['web']).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ChangeError);
      expect((err as ChangeError).message).toContain('cannot start service: exited quickly with code 1');
      expect((err as ChangeError).change.status).toBe('Error');
    });

    it('answers an unknown change id with a 404', async () => {
      await expect(s.client.getChange('999')).rejects.toMatchObject({ code: 404, message: 'cannot find change with id "999"' });
    });

    it('refuses signals to a stopped service and sends them to a running one', async () => {
      await expect(s.client.sendSignal('SIGHUP', ['web'])).rejects.toBeInstanceOf(APIError);
      await s.client.startServices(['web']);
      await s.client.sendSignal('SIGHUP', ['web']);
      expect(s.pebble.signals).toEqual([{ signal: 'SIGHUP', services: ['web'] }]);
    });
  });

  describe('checks', () => {
    beforeEach(async () => {
      await s.client.addLayer('c', {
        checks: {
          live: { override: 'replace', level: 'alive', tcp: { port: 8080 } },
          ready: { override: 'replace', level: 'ready', threshold: 1, http: { url: 'http://localhost/' } },
        },
      });
    });

    it('lists checks filtered by level', async () => {
      const checks = await s.client.getChecks({ level: 'ready' });
      expect(checks).toEqual([expect.objectContaining({ name: 'ready', level: 'ready', status: 'up', failures: 0, threshold: 1 })]);
    });

    it('reports a check down once failures reach its threshold', async () => {
      s.pebble.checks.fail('ready');
      expect((await s.client.getChecks({ names: ['ready'] }))[0]).toMatchObject({ status: 'down', failures: 1 });
    });

    it('stops and starts checks, returning the names that changed', async () => {
      expect(await s.client.stopChecks(['live'])).toEqual(['live']);
      expect(await s.client.stopChecks(['live'])).toEqual([]);
      expect((await s.client.getChecks({ names: ['live'] }))[0]?.status).toBe('inactive');
      expect(await s.client.startChecks(['live'])).toEqual(['live']);
    });
  });

  describe('files', () => {
    it('pushes and pulls text', async () => {
      await s.client.push('/etc/app.conf', 'port: 80\n', { makeDirs: true });
      expect(await s.client.pullText('/etc/app.conf')).toBe('port: 80\n');
    });

    it('keeps quotes and backslashes in file names', async () => {
      await s.client.push('/odd "name"\\x', 'odd');
      expect(await s.client.pullText('/odd "name"\\x')).toBe('odd');
    });

    it('records permissions and ownership', async () => {
      await s.client.push('/secret', Buffer.from('x'), { permissions: 0o600, user: 'app', userId: 1000, group: 'app', groupId: 1000 });
      const [info] = await s.client.listFiles('/secret');
      expect(info).toMatchObject({ path: '/secret', name: 'secret', type: 'file', size: 1, permissions: 0o600, user: 'app', userId: 1000, group: 'app' });
    });

    it('streams a large file both ways without changing a byte', async () => {
      const big = Buffer.alloc(3 * 1024 * 1024 + 7, 'abcdefgh');
      await s.client.push('/big', Readable.from([big.subarray(0, 1000), big.subarray(1000)]));
      expect((await readAll(await s.client.pull('/big'))).equals(big)).toBe(true);
    });

    it('fails to push without makeDirs when the parent is missing', async () => {
      await expect(s.client.push('/no/such/file', 'x')).rejects.toMatchObject({ kind: 'not-found' });
    });

    it('raises PathError not-found for a missing file', async () => {
      const err = await s.client.pull('/missing').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(PathError);
      expect(err).toMatchObject({ kind: 'not-found' });
    });

    it('lists a directory with a pattern, or the directory itself', async () => {
      await s.client.makeDir('/d');
      await s.client.push('/d/a.conf', 'a');
      await s.client.push('/d/b.txt', 'b');
      expect((await s.client.listFiles('/d', { pattern: '*.conf' })).map((f) => f.path)).toEqual(['/d/a.conf']);
      expect(await s.client.listFiles('/d', { itself: true })).toEqual([expect.objectContaining({ path: '/d', type: 'directory', permissions: 0o755 })]);
    });

    it('refuses to make an existing directory unless making parents', async () => {
      await s.client.makeDir('/d', { permissions: 0o700 });
      await expect(s.client.makeDir('/d')).rejects.toBeInstanceOf(PathError);
      await s.client.makeDir('/d/e/f', { makeParents: true });
      expect((await s.client.listFiles('/d/e')).map((f) => f.name)).toEqual(['f']);
    });

    it('removes a non-empty directory only when recursive', async () => {
      await s.client.push('/d/f', 'x', { makeDirs: true });
      await expect(s.client.removePath('/d')).rejects.toMatchObject({ kind: 'generic-file-error' });
      await s.client.removePath('/d', { recursive: true });
      await expect(s.client.listFiles('/d')).rejects.toMatchObject({ kind: 'not-found' });
    });
  });

  describe('exec', () => {
    it('collects stdout and stderr, passing env, dir and stdin to the command', async () => {
      s.pebble.handleExec(['echo'], (req) => ({ stdout: `${req.stdin.toString()}|${req.environment['A']}|${req.workingDir}`, stderr: 'warn' }));
      const proc = await s.client.exec(['echo', 'hi'], { stdin: 'in', environment: { A: '1' }, workingDir: '/tmp' });
      expect(await proc.waitOutput()).toEqual({ stdout: 'in|1|/tmp', stderr: 'warn' });
    });

    it('throws ExecError with the exit code and output on failure', async () => {
      s.pebble.handleExec(['false'], { exitCode: 3, stdout: 'out', stderr: 'boom' });
      const err = await (await s.client.exec(['false'])).waitOutput().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ExecError);
      expect(err).toMatchObject({ exitCode: 3, stdout: 'out', stderr: 'boom' });
      await expect((await s.client.exec(['false'])).wait()).rejects.toMatchObject({ exitCode: 3 });
    });

    it('combines stderr into stdout when asked', async () => {
      s.pebble.handleExec(['both'], { stdout: 'a', stderr: 'b' });
      const out = await (await s.client.exec(['both'], { combineStderr: true })).waitOutput();
      expect(out.stderr).toBe('');
      expect([...out.stdout].sort().join('')).toBe('ab');
    });

    it('returns Buffers when encoding is null', async () => {
      s.pebble.handleExec(['bin'], { stdout: Buffer.from([0, 255]) });
      const out = await (await s.client.exec(['bin'], { encoding: null })).waitOutput();
      expect(out.stdout).toEqual(Buffer.from([0, 255]));
    });

    it('reads stdin written by the caller until it is ended', async () => {
      s.pebble.handleExec(['cat'], (req) => ({ stdout: req.stdin }));
      const proc = await s.client.exec(['cat']);
      proc.stdin?.write('one ');
      proc.stdin?.end('two');
      expect((await proc.waitOutput()).stdout).toBe('one two');
    });

    it('writes output to the caller\'s streams', async () => {
      s.pebble.handleExec(['say'], { stdout: 'hello' });
      const sink = new PassThrough();
      const proc = await s.client.exec(['say'], { stdout: sink, stdin: Readable.from([Buffer.from('x')]) });
      await proc.wait();
      expect(sink.read()?.toString()).toBe('hello');
    });

    it('refuses an unknown executable as Pebble does', async () => {
      await expect(s.client.exec(['nope'])).rejects.toMatchObject({ code: 400, message: 'cannot find executable "nope"' });
    });

    it('fails with ChangeError when the command times out', async () => {
      s.pebble.handleExec(['sleep'], () => new Promise((resolve) => setTimeout(() => resolve({}), 300)));
      const err = await (await s.client.exec(['sleep', '1'], { timeout: 50 })).wait().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ChangeError);
      expect((err as ChangeError).message).toContain('timed out');
    });
  });

  describe('notices', () => {
    it('records custom notices, counting repeats', async () => {
      const id = await s.client.notify('custom', 'example.com/ping', { n: '1' });
      await s.client.notify('custom', 'example.com/ping', { n: '2' });
      const notice = await s.client.getNotice(id);
      expect(notice).toMatchObject({ type: 'custom', key: 'example.com/ping', occurrences: 2, lastData: { n: '2' } });
      expect((await s.client.getNotices({ types: ['custom'], keys: ['example.com/ping'] })).map((n) => n.id)).toEqual([id]);
      expect(notice.lastOccurred).toBeInstanceOf(Date);
    });

    it('refuses a key that is not domain/path', async () => {
      await expect(s.client.notify('custom', 'ping')).rejects.toMatchObject({ code: 400 });
    });

    it('answers an unknown notice with a 404', async () => {
      await expect(s.client.getNotice('42')).rejects.toMatchObject({ code: 404 });
    });
  });

  describe('when Pebble cannot be reached', () => {
    it('raises ConnectionError naming the socket', async () => {
      await s.disconnect();
      const err = await s.client.getPlan().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ConnectionError);
      expect((err as Error).message).toMatch(/socket .* does not exist; the workload container may not be ready/);
    });
  });
}
