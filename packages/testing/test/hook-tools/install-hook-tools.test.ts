import { accessSync, constants, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HOOK_TOOL_NAMES } from '../../src/hook-tools';
import { createSandbox, type HookToolSandbox } from './hook-tool-fixture';

let sandbox: HookToolSandbox;

beforeAll(async () => {
  sandbox = await createSandbox();
}, 60_000);
afterAll(() => sandbox.remove());

const DOCUMENTED = [
  'config-get',
  'relation-ids',
  'relation-list',
  'relation-get',
  'relation-set',
  'relation-model-get',
  'is-leader',
  'status-get',
  'status-set',
  'application-version-set',
  'action-get',
  'action-set',
  'action-log',
  'action-fail',
  'juju-log',
  'network-get',
  'storage-list',
  'storage-get',
  'storage-add',
  'resource-get',
  'goal-state',
  'credential-get',
  'open-port',
  'close-port',
  'opened-ports',
  'secret-add',
  'secret-get',
  'secret-info-get',
  'secret-set',
  'secret-grant',
  'secret-revoke',
  'secret-remove',
  'secret-ids',
  'state-get',
  'state-set',
  'state-delete',
  'juju-reboot',
];

describe('installHookTools', () => {
  it('provides every command of the hook-command contract', () => {
    expect([...HOOK_TOOL_NAMES].sort()).toEqual([...DOCUMENTED].sort());
  });

  it('writes one executable shell shim per command that runs the one bundle with node', () => {
    const bin = join(sandbox.dir, 'bin');
    expect(readdirSync(bin).sort()).toEqual([...DOCUMENTED].sort());
    const shim = readFileSync(join(bin, 'relation-get'), 'utf8');
    expect(shim).toMatch(
      /^#!\/bin\/sh\nexec '[^']*node[^']*' '[^']*hook-tools-[0-9a-f]+\.js' relation-get "\$@"\n$/,
    );
    expect(() => accessSync(join(bin, 'relation-get'), constants.X_OK)).not.toThrow();
  });
});
