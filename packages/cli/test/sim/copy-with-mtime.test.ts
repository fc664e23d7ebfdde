import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyWithMtime } from '../../src/sim/copy-with-mtime';
import { makeTempDir, removeTempDirs } from '../fixtures/temp-dir';

afterAll(removeTempDirs);

/** A file with `content` whose mtime has every nanosecond digit set, which a millisecond copy would lose. */
function stampedFile(content: string, mtime = '2024-01-02 03:04:05.123456789'): string {
  const file = join(makeTempDir('jujuts-mtime-'), 'charm.blob.node');
  writeFileSync(file, content);
  expect(spawnSync('touch', ['-d', mtime, file]).status).toBe(0);
  return file;
}

const mtimeNs = (file: string): bigint => statSync(file, { bigint: true }).mtimeNs;

describe('copyWithMtime', () => {
  it('copies the content and the mtime to the nanosecond', () => {
    const from = stampedFile('/usr/bin/node\n');
    const to = join(makeTempDir('jujuts-mtime-'), 'charm.blob.node');
    copyWithMtime(from, to);
    expect(readFileSync(to, 'utf8')).toBe('/usr/bin/node\n');
    expect(mtimeNs(to)).toBe(mtimeNs(from));
    expect(mtimeNs(to) % 1_000_000n).toBe(456_789n);
  });

  it('keeps the mode', () => {
    const from = stampedFile('x');
    chmodSync(from, 0o600);
    const to = join(makeTempDir('jujuts-mtime-'), 'copy');
    copyWithMtime(from, to);
    expect(statSync(to).mode & 0o777).toBe(0o600);
  });

  describe('when the destination is an older copy', () => {
    it('replaces its content and mtime', () => {
      const to = join(makeTempDir('jujuts-mtime-'), 'charm.blob.node');
      copyWithMtime(stampedFile('/old/node\n', '2023-05-06 07:08:09.987654321'), to);
      const from = stampedFile('/new/node\n');
      copyWithMtime(from, to);
      expect(readFileSync(to, 'utf8')).toBe('/new/node\n');
      expect(mtimeNs(to)).toBe(mtimeNs(from));
    });

    it('replaces a copy with the same mtime but other content', () => {
      const to = join(makeTempDir('jujuts-mtime-'), 'charm.blob.node');
      copyWithMtime(stampedFile('/old/node\n'), to);
      copyWithMtime(stampedFile('/new/node\n'), to);
      expect(readFileSync(to, 'utf8')).toBe('/new/node\n');
    });
  });
});
