import { createSandbox, type HookToolSandbox } from './hook-tool-fixture';

let sandbox: HookToolSandbox;

beforeAll(async () => {
  sandbox = await createSandbox();
}, 60_000);
afterAll(() => sandbox.remove());
beforeEach(() => sandbox.reset());

describe('state store commands', () => {
  it('state-get prints {} when the store is empty', () => {
    expect(sandbox.run('state-get', ['--format=json']).stdout).toBe('{}\n');
  });

  it('state-set reads YAML or JSON from stdin and stores an empty value as ""', () => {
    sandbox.run('state-set', ['--file', '-'], { stdin: 'a: one\nb: ""\n' });
    sandbox.run('state-set', ['--file', '-'], { stdin: '{"c": "three"}' });
    expect(sandbox.run('state-get', ['--format=json']).stdout).toBe('{"a":"one","b":"","c":"three"}\n');
    expect(sandbox.run('state-get', ['a', '--format=json']).stdout).toBe('"one"\n');
  });

  it('state-delete removes a key', () => {
    sandbox.run('state-set', ['a=1', 'b=2']);
    sandbox.run('state-delete', ['a']);
    expect(sandbox.run('state-get', ['--format=json']).stdout).toBe('{"b":"2"}\n');
  });

  it('state-get --strict of a missing key exits 1', () => {
    expect(sandbox.run('state-get', ['nope', '--strict'])).toMatchObject({
      status: 1,
      stderr: 'ERROR "nope" not found\n',
    });
  });

  it('state-set refuses a value over 64 KiB', () => {
    const run = sandbox.run('state-set', ['--file', '-'], {
      stdin: JSON.stringify({ big: 'x'.repeat(65537) }),
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/over the 65536-byte \(64 KiB\) limit/);
  });
});
