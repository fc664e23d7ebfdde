import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPaths, describeSnapshotNode, shippedSeaFile, type BuildPaths } from '../../src/compile';
import { captureIo } from '../fixtures/capture-io';
import { makeTempDir, removeTempDirs } from '../fixtures/temp-dir';

afterAll(removeTempDirs);

/** A charm dir whose build/ holds a snapshot script that prints whether it runs inside a SEA, and the dispatch path. */
function builtCharm(): BuildPaths {
  const paths = buildPaths(makeTempDir('jujuts-charm-'));
  mkdirSync(paths.buildDir);
  writeFileSync(
    paths.snapshotBundle,
    'require("node:v8").startupSnapshot.setDeserializeMainFunction(() => process.stdout.write(`sea=${require("node:sea").isSea()} ${process.env.JUJU_DISPATCH_PATH}`));\n',
  );
  return paths;
}

/** A build/charm-sea stand-in recorded as made from the node whose sha256 is `sha`. */
function recordSea(paths: BuildPaths, sha: string): void {
  writeFileSync(paths.sea, 'made by build --sea');
  writeFileSync(paths.seaInfo, JSON.stringify({ execPathSha256: sha }));
}

describe('shippedSeaFile', () => {
  describe('when build/charm-sea was made from the same node', () => {
    it('ships it as charm-sea without making another', async () => {
      const paths = builtCharm();
      recordSea(paths, describeSnapshotNode(process.execPath).execPathSha256);
      const io = captureIo(paths.charmDir);
      const file = await shippedSeaFile(paths, process.execPath, io);
      expect({ path: file.path, content: file.content.toString() }).toEqual({ path: 'charm-sea', content: 'made by build --sea' });
      expect(io.out()).toBe('');
    });
  });

  describe('when build/charm-sea was made from another node', () => {
    it('makes one from build/charm-snapshot.js with this node, which runs the snapshot as a SEA', async () => {
      const paths = builtCharm();
      recordSea(paths, '0'.repeat(64));
      const io = captureIo(paths.charmDir);
      const file = await shippedSeaFile(paths, process.execPath, io);
      expect(file.path).toBe('charm-sea');
      expect(io.out()).toMatch(/^building the single executable from .* done \(\d+ ms\)$/m);
      const exe = join(makeTempDir('jujuts-unit-'), 'charm-sea');
      writeFileSync(exe, file.content, { mode: 0o755 });
      const run = spawnSync(exe, [], { env: { JUJU_DISPATCH_PATH: 'hooks/start' }, encoding: 'utf8' });
      expect(run).toMatchObject({ status: 0, stdout: 'sea=true hooks/start', stderr: '' });
    }, 60_000);
  });

  describe('when there is neither charm-sea nor the snapshot script', () => {
    it('says to build with --sea', async () => {
      const paths = buildPaths(makeTempDir('jujuts-charm-'));
      await expect(shippedSeaFile(paths, process.execPath, captureIo(paths.charmDir))).rejects.toThrow(
        "build/charm-snapshot.js is missing: run 'jujuts build --sea' first, or 'jujuts pack --build --sea'",
      );
    });
  });
});
