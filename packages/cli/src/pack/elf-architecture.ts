import { closeSync, openSync, readSync } from 'node:fs';
import { CliError } from '../errors';

// ELF e_machine values for the architectures Juju deploys to.
const MACHINES: Readonly<Record<number, string>> = {
  0x3e: 'amd64',
  0xb7: 'arm64',
  0x15: 'ppc64el',
  0x16: 's390x',
  0xf3: 'riscv64',
};

/** The Juju architecture of an ELF executable, from its header (e_machine at offset 18). */
export function elfArchitecture(file: string): string {
  const header = Buffer.alloc(20);
  let read = 0;
  try {
    const fd = openSync(file, 'r');
    try {
      read = readSync(fd, header, 0, header.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw new CliError(`cannot read the Node binary ${file}: ${(error as Error).message}`);
  }
  if (read < header.length || header.readUInt32BE(0) !== 0x7f454c46) {
    throw new CliError(`${file} is not a Linux executable (no ELF header): pass the 'bin/node' of a Linux Node.js build`);
  }
  // EI_DATA (byte 5): 1 = little-endian, 2 = big-endian (s390x).
  const machine = header[5] === 2 ? header.readUInt16BE(18) : header.readUInt16LE(18);
  const arch = MACHINES[machine];
  if (arch === undefined) throw new CliError(`${file} is an ELF binary for an unsupported machine (e_machine 0x${machine.toString(16)})`);
  return arch;
}

/** Fail unless the Node binary's architecture is the one the charm is packed for. */
export function checkNodeArchitecture(file: string, charmArchitectures: readonly string[], platform: string): void {
  const arch = elfArchitecture(file);
  const wanted = [...new Set(charmArchitectures)];
  if (wanted.length !== 1 || wanted[0] === 'all') {
    throw new CliError(`platform '${platform}' targets ${wanted.join(', ')}: a Node binary runs on one architecture, pack one charm per architecture`);
  }
  if (wanted[0] !== arch) {
    throw new CliError(`${file} is a Node binary for ${arch} but platform '${platform}' is ${wanted[0]}: pass a Node build for linux-${wanted[0] === 'amd64' ? 'x64' : wanted[0]}`);
  }
}
