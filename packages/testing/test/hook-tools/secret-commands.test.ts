import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSandbox, type HookToolSandbox } from './hook-tool-fixture';

let sandbox: HookToolSandbox;
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  sandbox = await createSandbox();
}, 60_000);
afterAll(() => sandbox.remove());
beforeEach(() => sandbox.reset({ leader: true, relations: [{ endpoint: 'db', id: 3, remoteApp: 'pg' }] }));

function contentFile(name: string, text: string): string {
  const path = join(sandbox.dir, name);
  writeFileSync(path, text, { mode: 0o600 });
  return path;
}

function addSecret(...extra: string[]): string {
  const run = sandbox.run('secret-add', [...extra, `password#file=${contentFile('pw', 'hunter22')}`]);
  expect(run).toMatchObject({ status: 0, stderr: '' });
  return run.stdout.trim();
}

describe('secret commands', () => {
  it('secret-add reads KEY#file=PATH content and prints the new id', () => {
    const id = addSecret('--label', 'db-pass');
    expect(id).toMatch(/^secret:[0-9a-v]{20}$/);
    expect(sandbox.run('secret-get', [id, '--format=json']).stdout).toBe('{"password":"hunter22"}\n');
    expect(sandbox.run('secret-get', ['--label=db-pass', '--format=json']).stdout).toBe(
      '{"password":"hunter22"}\n',
    );
  });

  it('secret-get decodes KEY#base64 content and prints one key when asked', () => {
    const id = sandbox.run('secret-add', ['greeting#base64=aGVsbG8=']).stdout.trim();
    expect(sandbox.run('secret-get', [id, 'greeting', '--format=json']).stdout).toBe('"hello"\n');
  });

  it('secret-get of a secret not visible exits 1 with not found', () => {
    expect(sandbox.run('secret-get', ['secret:aaaaaaaaaaaaaaaaaaaa', '--format=json'])).toEqual({
      status: 1,
      stdout: '',
      stderr: 'ERROR secret "aaaaaaaaaaaaaaaaaaaa" not found\n',
    });
  });

  it('secret-get refuses --peek with --refresh, and no id or label, as usage errors', () => {
    const id = addSecret();
    expect(sandbox.run('secret-get', [id, '--peek', '--refresh']).status).toBe(2);
    expect(sandbox.run('secret-get', ['--format=json']).status).toBe(2);
  });

  it('secret-set makes a new revision that --refresh moves to', () => {
    const id = addSecret();
    sandbox.run('secret-set', [id, `password#file=${contentFile('pw2', 'swordfish')}`]);
    expect(sandbox.run('secret-get', [id, '--format=json']).stdout).toBe('{"password":"hunter22"}\n');
    expect(sandbox.run('secret-get', [id, '--peek', '--format=json']).stdout).toBe(
      '{"password":"swordfish"}\n',
    );
    expect(sandbox.run('secret-get', [id, '--refresh', '--format=json']).stdout).toBe(
      '{"password":"swordfish"}\n',
    );
  });

  it('secret-set with metadata only changes no revision', () => {
    const id = addSecret();
    expect(
      sandbox.run('secret-set', [id, '--label', 'renamed', '--expire', '2030-01-01T00:00:00Z']).status,
    ).toBe(0);
    const info = JSON.parse(sandbox.run('secret-info-get', ['--label', 'renamed', '--format=json']).stdout);
    // Juju prints Go's RFC 3339 form: no fraction of a second when there is none.
    expect(info).toEqual({ [id]: { label: 'renamed', expiry: '2030-01-01T00:00:00Z', revision: 1 } });
  });

  it('secret-info-get prints the info keyed by id, with the next rotation as "rotates"', () => {
    const before = Date.now();
    const id = addSecret('--label', 'x1', '--description', 'the db password', '--rotate', 'daily');
    const after = Date.now();
    const info = JSON.parse(sandbox.run('secret-info-get', [id, '--format=json']).stdout) as Record<
      string,
      { rotates: string }
    >;
    expect(info).toEqual({
      [id]: { label: 'x1', description: 'the db password', rotation: 'daily', rotates: expect.any(String), revision: 1 },
    });
    const rotates = info[id]?.rotates ?? '';
    expect(rotates).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d*[1-9])?Z$/);
    // A day after secret-add ran, whenever that was.
    expect(Date.parse(rotates)).toBeGreaterThanOrEqual(before + DAY);
    expect(Date.parse(rotates)).toBeLessThanOrEqual(after + DAY);
  });

  it('secret-info-get prints no "rotates" once the policy is never', () => {
    const id = addSecret('--rotate', 'hourly');
    expect(sandbox.run('secret-set', [id, '--rotate', 'never']).status).toBe(0);
    const info = JSON.parse(sandbox.run('secret-info-get', [id, '--format=json']).stdout) as Record<string, object>;
    expect(info[id]).toEqual({ rotation: 'never', revision: 1 });
  });

  it('secret-ids prints null when there are none, else the list', () => {
    expect(sandbox.run('secret-ids', ['--format=json']).stdout).toBe('null\n');
    const id = addSecret();
    expect(sandbox.run('secret-ids', ['--format=json']).stdout).toBe(`["${id}"]\n`);
  });

  it('secret-grant and secret-revoke change the grants', () => {
    const id = addSecret();
    expect(sandbox.run('secret-grant', [id, '-r', 'db:3']).status).toBe(0);
    expect(sandbox.doc().pending?.state.secrets[0]?.grants).toEqual({ '3': ['pg'] });
    expect(sandbox.run('secret-revoke', [id, '-r', 'db:3']).status).toBe(0);
    expect(sandbox.doc().pending?.state.secrets[0]?.grants).toEqual({});
  });

  it('secret-remove --revision records the removal when the hook succeeds', () => {
    const id = addSecret();
    sandbox.endHook(true);
    expect(sandbox.run('secret-remove', [id, '--revision', '1']).status).toBe(0);
    sandbox.endHook(true);
    expect(sandbox.doc().outputs.removedSecretRevisions).toEqual([{ id, revision: 1 }]);
    expect(sandbox.run('secret-remove', [id, '--revision', 'one']).status).toBe(2);
  });
});
