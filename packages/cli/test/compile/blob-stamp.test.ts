import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CliError } from '../../src/errors';
import { writeBlobStamp } from '../../src/compile';
import { makeTempDir, removeTempDirs } from '../fixtures/temp-dir';

afterAll(removeTempDirs);

/** A file standing in for a node binary, with a given mtime in seconds. */
function fakeNode(mtimeSeconds: number): string {
  const file = join(makeTempDir(), 'node');
  writeFileSync(file, 'binary');
  utimesSync(file, mtimeSeconds, mtimeSeconds);
  return file;
}

const mtimeNs = (file: string): bigint => statSync(file, { bigint: true }).mtimeNs;

describe('writeBlobStamp', () => {
  it('records the node path on one line', () => {
    const node = fakeNode(1_700_000_000);
    const stamp = join(makeTempDir(), 'charm.blob.node');
    writeBlobStamp(stamp, node);
    expect(readFileSync(stamp, 'utf8')).toBe(`${node}\n`);
  });

  describe('when the node has a whole-second mtime (package installs)', () => {
    it('gives the stamp exactly that mtime', () => {
      const node = fakeNode(1_700_000_000);
      const stamp = join(makeTempDir(), 'charm.blob.node');
      writeBlobStamp(stamp, node);
      expect(mtimeNs(stamp)).toBe(mtimeNs(node));
    });
  });

  describe('when the node has a sub-second mtime (built or copied locally)', () => {
    it('gives the stamp exactly that mtime, to the nanosecond the filesystem keeps', () => {
      const node = fakeNode(1_700_000_000.123457);
      const stamp = join(makeTempDir(), 'charm.blob.node');
      writeBlobStamp(stamp, node);
      expect(mtimeNs(stamp)).toBe(mtimeNs(node));
    });
  });

  describe('when the path is relative', () => {
    it('refuses it: dispatch compares absolute paths', () => {
      expect(() => writeBlobStamp(join(makeTempDir(), 'stamp'), 'bin/node')).toThrow(CliError);
      expect(() => writeBlobStamp(join(makeTempDir(), 'stamp'), 'bin/node')).toThrow(/must be absolute and on one line/);
    });
  });
});
