import { realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeSnapshotNode } from '../../src/compile';
import { makeFakeElf } from '../fixtures/fake-elf';
import { makeTempDir, removeTempDirs } from '../fixtures/temp-dir';

afterAll(removeTempDirs);

describe('describeSnapshotNode', () => {
  describe('for the node running jujuts', () => {
    it('reports its version, architecture, resolved path and sha256', () => {
      expect(describeSnapshotNode(process.execPath)).toEqual({
        execPath: realpathSync(process.execPath),
        node: process.version,
        arch: process.arch,
        platform: process.platform,
        execPathSha256: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown,
      });
    });
  });

  if (process.platform === 'linux' && process.arch === 'x64') {
    describe('for a node of another architecture', () => {
      it('refuses in one line, before running it', () => {
        const foreign = makeFakeElf('arm64');
        expect(() => describeSnapshotNode(foreign)).toThrow(
          `cannot build a startup snapshot with ${foreign}: it is a Node binary for arm64 and this machine is amd64, and a blob loads only in the binary that built it; build on arm64, or drop --snapshot`,
        );
      });
    });
  }

  describe('for a path with no file', () => {
    it('says there is no Node binary there', () => {
      expect(() => describeSnapshotNode('/nonexistent/node')).toThrow('no Node binary at /nonexistent/node: pass the path of a node executable');
    });
  });

  if (process.platform === 'linux') {
    describe('for a program that is not a Linux binary', () => {
      it('says which binary to pass', () => {
        const script = join(makeTempDir(), 'node');
        writeFileSync(script, '#!/bin/sh\nexit 3\n', { mode: 0o755 });
        expect(() => describeSnapshotNode(script)).toThrow(`${script} is not a Linux executable (no ELF header)`);
      });
    });
  }
});
