import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dispatchScript } from '../../src/compile';
import { makeTempDir, removeTempDirs } from '../fixtures/temp-dir';

afterAll(removeTempDirs);

/** An unpacked charm: dispatch plus a charm.js that prints which node ran it and its dispatch path. */
function unpackedCharm(): string {
  const dir = makeTempDir('jujuts-unpacked-');
  writeFileSync(join(dir, 'dispatch'), dispatchScript(), { mode: 0o755 });
  writeFileSync(join(dir, 'charm.js'), 'process.stdout.write(`${process.env.RAN_BY ?? "path"} ${process.env.JUJU_DISPATCH_PATH}`);\n');
  return dir;
}

/** A stand-in node that marks itself in the environment, then runs the real one. */
function shipNode(path: string, label: string): void {
  writeFileSync(path, `#!/bin/sh\nRAN_BY=${label} exec "${process.execPath}" "$@"\n`, { mode: 0o755 });
}

function run(cwd: string, command: string, args: string[], env: Record<string, string>) {
  return spawnSync(command, args, { cwd, env, encoding: 'utf8' });
}

describe('dispatch', () => {
  describe('when the charm ships node/bin/node', () => {
    it('prefers it over a ./node file and node on PATH', () => {
      const dir = unpackedCharm();
      mkdirSync(join(dir, 'node', 'bin'), { recursive: true });
      shipNode(join(dir, 'node', 'bin', 'node'), 'tree');
      const out = run(dir, join(dir, 'dispatch'), [], { JUJU_DISPATCH_PATH: 'hooks/start', PATH: '/nonexistent' });
      expect(out.stdout).toBe('tree hooks/start');
    });
  });

  describe('when the shipped node is not executable', () => {
    it('falls back to node on PATH', () => {
      const dir = unpackedCharm();
      writeFileSync(join(dir, 'node'), 'not a program', { mode: 0o644 });
      const out = run(dir, join(dir, 'dispatch'), [], { JUJU_DISPATCH_PATH: 'hooks/start', PATH: `/nonexistent:${dirname(process.execPath)}` });
      expect(out.stdout).toBe('path hooks/start');
    });
  });

  describe('when run by a relative name from the charm directory', () => {
    it('finds charm.js beside itself', () => {
      const dir = unpackedCharm();
      shipNode(join(dir, 'node'), 'file');
      expect(run(dir, 'sh', ['dispatch'], { JUJU_DISPATCH_PATH: 'actions/backup' }).stdout).toBe('file actions/backup');
    });
  });

  describe('when JUJU_DISPATCH_PATH is unset (run by hand, not by Juju)', () => {
    it('leaves it unset so the runtime can say it is not under Juju', () => {
      const dir = unpackedCharm();
      shipNode(join(dir, 'node'), 'file');
      expect(run(dir, './dispatch', [], {}).stdout).toBe('file undefined');
    });
  });
});
