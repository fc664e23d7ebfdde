import { spawnSync } from 'node:child_process';
import { realpathSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dispatchScript } from '../../src/compile';
import { makeTempDir, removeTempDirs } from '../fixtures/temp-dir';

afterAll(removeTempDirs);

const NODE = realpathSync(process.execPath);

/** An unpacked charm with dispatch and a charm.js that says it ran, plus a stand-in charm-sea with `mode` that echoes its arguments. */
function charmWithSea(mode: number): string {
  const dir = makeTempDir('jujuts-unit-');
  writeFileSync(join(dir, 'dispatch'), dispatchScript(), { mode: 0o755 });
  writeFileSync(join(dir, 'charm.js'), 'process.stdout.write(`bundle ${process.env.JUJU_DISPATCH_PATH}`);\n');
  writeFileSync(join(dir, 'charm-sea'), '#!/bin/sh\nprintf "sea %s [%s]" "$JUJU_DISPATCH_PATH" "$*"\nexit 7\n', { mode });
  return dir;
}

function dispatch(dir: string, args: string[], path: string): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(join(dir, 'dispatch'), args, { env: { JUJU_DISPATCH_PATH: 'hooks/install', PATH: path }, encoding: 'utf8' });
}

describe('dispatch with a single executable (charm-sea)', () => {
  describe('when charm-sea is executable', () => {
    it('execs it with the arguments, and its exit code is the hook’s', () => {
      expect(dispatch(charmWithSea(0o755), ['a', 'b c'], '/nonexistent')).toMatchObject({ status: 7, stdout: 'sea hooks/install [a b c]', stderr: '' });
    });

    it('prefers it to a shipped node', () => {
      const dir = charmWithSea(0o755);
      writeFileSync(join(dir, 'node'), `#!/bin/sh\nexec "${NODE}" "$@"\n`, { mode: 0o755 });
      expect(dispatch(dir, [], '/nonexistent').stdout).toBe('sea hooks/install []');
    });

    it('finds it when dispatch is run by a relative path', () => {
      const dir = charmWithSea(0o755);
      const run = spawnSync('./dispatch', [], { cwd: dir, env: { JUJU_DISPATCH_PATH: 'hooks/start', PATH: '/nonexistent' }, encoding: 'utf8' });
      expect(run.stdout).toBe('sea hooks/start []');
    });
  });

  describe('when charm-sea is not executable', () => {
    it('runs charm.js with node as before', () => {
      expect(dispatch(charmWithSea(0o644), [], dirname(NODE))).toMatchObject({ status: 0, stdout: 'bundle hooks/install' });
    });
  });
});
