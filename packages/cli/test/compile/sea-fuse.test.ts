import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSeaFuse, SEA_FUSE } from '../../src/compile';
import { makeFakeElf } from '../fixtures/fake-elf';
import { makeTempDir, removeTempDirs } from '../fixtures/temp-dir';

afterAll(removeTempDirs);

/** A fake node: an ELF header followed by the fuse with its flag set to `flag`. */
function nodeWithFuse(flag: '0' | '1'): string {
  const file = join(makeTempDir('jujuts-fuse-'), 'node');
  writeFileSync(file, Buffer.concat([readFileSync(makeFakeElf('amd64')), Buffer.from(`xx${SEA_FUSE}:${flag}yy`, 'latin1')]));
  return file;
}

describe('checkSeaFuse', () => {
  it('accepts the node running these tests (an official build)', () => {
    expect(() => checkSeaFuse(process.execPath)).not.toThrow();
  });

  it('accepts a binary whose fuse is unset', () => {
    expect(() => checkSeaFuse(nodeWithFuse('0'))).not.toThrow();
  });

  describe('when the binary has no fuse', () => {
    it('says it is not a Node build with SEA support', () => {
      expect(() => checkSeaFuse(makeFakeElf('amd64'))).toThrow(/cannot become a single executable: it has no NODE_SEA_FUSE_\w+ \(not a Node build with SEA support\); pass the bin\/node of an official Node\.js >= 20 build$/);
    });
  });

  describe('when the binary is already a single executable', () => {
    it('asks for a plain node', () => {
      expect(() => checkSeaFuse(nodeWithFuse('1'))).toThrow(/is already a single executable \(it holds an application\): pass a plain node binary$/);
    });
  });

  describe('when the file does not exist', () => {
    it('names it', () => {
      expect(() => checkSeaFuse('/nonexistent/node')).toThrow(/^cannot read the Node binary \/nonexistent\/node: ENOENT/);
    });
  });
});
