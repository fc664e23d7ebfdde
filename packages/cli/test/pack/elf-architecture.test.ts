import { checkNodeArchitecture, elfArchitecture } from '../../src/pack';
import { makeFakeElf } from '../fixtures/fake-elf';
import { removeTempDirs } from '../fixtures/temp-dir';

afterAll(removeTempDirs);

describe('elfArchitecture', () => {
  it.each(['amd64', 'arm64', 's390x'] as const)('reads %s from e_machine in the header byte order', (arch) => {
    expect(elfArchitecture(makeFakeElf(arch))).toBe(arch);
  });

  it('reads the running node binary as the host architecture', () => {
    const expected = process.arch === 'x64' ? 'amd64' : process.arch;
    expect(elfArchitecture(process.execPath)).toBe(expected);
  });

  it('says when the file cannot be read', () => {
    expect(() => elfArchitecture('/nonexistent/node')).toThrow(/^cannot read the Node binary \/nonexistent\/node: ENOENT/);
  });
});

describe('checkNodeArchitecture', () => {
  it('accepts a binary for the platform architecture', () => {
    expect(() => checkNodeArchitecture(makeFakeElf('arm64'), ['arm64'], 'arm64')).not.toThrow();
  });

  it('refuses a multi-architecture platform, as one binary cannot serve it', () => {
    expect(() => checkNodeArchitecture(makeFakeElf('amd64'), ['amd64', 'arm64'], 'both')).toThrow(
      "platform 'both' targets amd64, arm64: a Node binary runs on one architecture, pack one charm per architecture",
    );
  });
});
