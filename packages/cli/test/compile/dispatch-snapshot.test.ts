import { spawnSync } from 'node:child_process';
import { copyFileSync, realpathSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildSnapshotBlob, dispatchScript, SHIPPED_BLOB_STAMP, writeBlobStamp } from '../../src/compile';
import { makeTempDir, removeTempDirs } from '../fixtures/temp-dir';

afterAll(removeTempDirs);

const NODE = realpathSync(process.execPath);
let blob: string;

// The blob's main and charm.js each print where they came from and the dispatch path.
beforeAll(async () => {
  const dir = makeTempDir('jujuts-blob-');
  const script = join(dir, 'snapshot.js');
  writeFileSync(
    script,
    'require("node:v8").startupSnapshot.setDeserializeMainFunction(() => process.stdout.write(`snapshot ${process.env.JUJU_DISPATCH_PATH}`));\n',
  );
  blob = join(dir, 'charm.blob');
  await buildSnapshotBlob(NODE, { snapshotBundle: script, blob, blobInfo: join(dir, 'charm.blob.json') });
}, 60_000);

/** An unpacked charm with dispatch, charm.js, the blob and a stamp recording `stampFor` (an absolute node, or SHIPPED). */
function charmWithBlob(stampFor: string | typeof SHIPPED_BLOB_STAMP): string {
  const dir = makeTempDir('jujuts-unit-');
  writeFileSync(join(dir, 'dispatch'), dispatchScript(), { mode: 0o755 });
  writeFileSync(join(dir, 'charm.js'), 'process.stdout.write(`${process.env.RAN_BY ?? "bundle"} ${process.env.JUJU_DISPATCH_PATH}`);\n');
  copyFileSync(blob, join(dir, 'charm.blob'));
  if (stampFor === SHIPPED_BLOB_STAMP) writeFileSync(join(dir, 'charm.blob.node'), SHIPPED_BLOB_STAMP);
  else writeBlobStamp(join(dir, 'charm.blob.node'), stampFor);
  return dir;
}

/** A directory holding only `node`: a symlink to the real one, or a wrapper script (another file) that labels its runs. */
function pathDirWithNode(kind: 'symlink' | 'wrapper'): string {
  const dir = makeTempDir('jujuts-path-');
  if (kind === 'symlink') symlinkSync(NODE, join(dir, 'node'));
  else writeFileSync(join(dir, 'node'), `#!/bin/sh\nRAN_BY=wrapper exec "${NODE}" "$@"\n`, { mode: 0o755 });
  return dir;
}

function dispatch(dir: string, path: string): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(join(dir, 'dispatch'), [], { env: { JUJU_DISPATCH_PATH: 'hooks/install', PATH: path }, encoding: 'utf8' });
}

describe('dispatch with a startup snapshot', () => {
  describe('when node on PATH is the node that built the blob', () => {
    it('runs the blob', () => {
      const run = dispatch(charmWithBlob(NODE), `/nonexistent:${dirname(NODE)}`);
      expect(run).toMatchObject({ status: 0, stdout: 'snapshot hooks/install', stderr: '' });
    });

    it('runs the blob when PATH reaches that node through a symlink', () => {
      expect(dispatch(charmWithBlob(NODE), pathDirWithNode('symlink')).stdout).toBe('snapshot hooks/install');
    });
  });

  describe('when the node has another mtime than the stamp (replaced or rewritten)', () => {
    it('runs charm.js', () => {
      const dir = charmWithBlob(NODE);
      utimesSync(join(dir, 'charm.blob.node'), new Date(), new Date(Date.now() - 60_000));
      expect(dispatch(dir, dirname(NODE))).toMatchObject({ status: 0, stdout: 'bundle hooks/install' });
    });
  });

  describe('when node on PATH is another file', () => {
    it('runs charm.js with that node, never the blob', () => {
      expect(dispatch(charmWithBlob(NODE), pathDirWithNode('wrapper')).stdout).toBe('wrapper hooks/install');
    });
  });

  describe('when the recorded node does not exist here', () => {
    it('runs charm.js', () => {
      const dir = charmWithBlob(NODE);
      writeFileSync(join(dir, 'charm.blob.node'), '/nonexistent/bin/node\n');
      expect(dispatch(dir, dirname(NODE)).stdout).toBe('bundle hooks/install');
    });
  });

  describe('when the blob is missing but the stamp is there', () => {
    it('runs charm.js', () => {
      const dir = charmWithBlob(NODE);
      rmSync(join(dir, 'charm.blob'));
      expect(dispatch(dir, dirname(NODE)).stdout).toBe('bundle hooks/install');
    });
  });

  describe('when the charm ships the node the blob was packed with', () => {
    it('runs the blob with the shipped node', () => {
      const dir = charmWithBlob(SHIPPED_BLOB_STAMP);
      symlinkSync(NODE, join(dir, 'node'));
      expect(dispatch(dir, '/nonexistent')).toMatchObject({ status: 0, stdout: 'snapshot hooks/install' });
    });

    it('runs charm.js with node on PATH when the shipped node is missing', () => {
      expect(dispatch(charmWithBlob(SHIPPED_BLOB_STAMP), dirname(NODE)).stdout).toBe('bundle hooks/install');
    });
  });

  describe('when the charm ships a node but the stamp names a node on PATH', () => {
    it('runs charm.js with the shipped node: a shipped node is trusted only for a blob packed with it', () => {
      const dir = charmWithBlob(NODE);
      writeFileSync(join(dir, 'node'), `#!/bin/sh\nRAN_BY=shipped exec "${NODE}" "$@"\n`, { mode: 0o755 });
      expect(dispatch(dir, dirname(NODE)).stdout).toBe('shipped hooks/install');
    });
  });
});
