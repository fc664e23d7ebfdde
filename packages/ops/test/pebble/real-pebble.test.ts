import { randomBytes } from 'node:crypto';
import { Client, ExecError, PathError } from '../../src/pebble';

const socketPath = process.env['PEBBLE_SOCKET'];
const enabled = process.env['RUN_REAL_PEBBLE'] === '1' && socketPath !== undefined && socketPath !== '';

/** Runs the socket client against a real Pebble: `RUN_REAL_PEBBLE=1 PEBBLE_SOCKET=/path/.pebble.socket`. */
describe('Client against a real Pebble', () => {
  if (!enabled) {
    it('is skipped unless RUN_REAL_PEBBLE=1 and PEBBLE_SOCKET are set', () => {
      console.log('real-Pebble suite skipped: set RUN_REAL_PEBBLE=1 and PEBBLE_SOCKET=<socket> to run it');
      expect(enabled).toBe(false);
    });
    return;
  }

  const client = new Client({ socketPath: socketPath as string });
  const id = randomBytes(4).toString('hex');
  const dir = `/tmp/jujuts-${id}`;

  afterAll(async () => {
    await client.removePath(dir, { recursive: true }).catch(() => undefined);
  });

  it('reads system info', async () => {
    expect((await client.getSystemInfo()).version).not.toBe('');
  });

  it('adds a layer and starts and stops its service', async () => {
    const name = `jujuts-${id}`;
    await client.addLayer(name, { services: { [name]: { override: 'replace', command: '/bin/sleep 600' } } });
    expect((await client.getPlan()).services[name]?.command).toBe('/bin/sleep 600');
    await client.startServices([name]);
    expect((await client.getServices([name]))[0]?.current).toBe('active');
    await client.stopServices([name]);
    expect((await client.getServices([name]))[0]?.current).toBe('inactive');
  });

  it('pushes, lists, pulls and removes files', async () => {
    await client.push(`${dir}/a.txt`, 'hello', { makeDirs: true, permissions: 0o600 });
    expect(await client.pullText(`${dir}/a.txt`)).toBe('hello');
    expect((await client.listFiles(`${dir}/a.txt`))[0]).toMatchObject({ name: 'a.txt', permissions: 0o600, size: 5 });
    await client.removePath(`${dir}/a.txt`);
    await expect(client.pull(`${dir}/a.txt`)).rejects.toBeInstanceOf(PathError);
  });

  it('runs commands with stdin, output and exit codes', async () => {
    const cat = await client.exec(['cat'], { stdin: 'piped' });
    expect((await cat.waitOutput()).stdout).toBe('piped');
    const fail = await client.exec(['/bin/sh', '-c', 'echo err >&2; exit 3']);
    await expect(fail.waitOutput()).rejects.toEqual(expect.objectContaining({ exitCode: 3, stderr: 'err\n' }));
    await expect((await client.exec(['/bin/sh', '-c', 'exit 4'])).wait()).rejects.toBeInstanceOf(ExecError);
  });

  it('records a custom notice', async () => {
    const noticeId = await client.notify('custom', `jujuts.example.com/${id}`, { a: '1' });
    expect((await client.getNotice(noticeId)).lastData).toEqual({ a: '1' });
  });
});
