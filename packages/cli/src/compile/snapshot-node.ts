import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, realpathSync } from 'node:fs';
import { CliError } from '../errors';
import { elfArchitecture } from '../pack/elf-architecture';

/** The node binary a startup snapshot is built with, as recorded in build/charm.blob.json. */
export interface SnapshotNode {
  /** The resolved path of the binary. */
  readonly execPath: string;
  /** `process.version` of that node, e.g. `v20.20.2`. */
  readonly node: string;
  readonly arch: string;
  readonly platform: string;
  /** sha256 of the binary: `pack` reuses a blob only for a byte-identical node. */
  readonly execPathSha256: string;
}

// Node's process.arch → Juju's architecture names (as elfArchitecture reports them).
const JUJU_ARCH: Readonly<Record<string, string>> = { x64: 'amd64', arm64: 'arm64', ppc64: 'ppc64el', s390x: 's390x', riscv64: 'riscv64' };

/** What the node is described for, as error messages name it. */
export interface SnapshotUse {
  /** What gets built, e.g. `a startup snapshot`. */
  readonly what: string;
  /** Why it must be built by the binary that runs it. */
  readonly why: string;
  /** The option to drop to do without it. */
  readonly flag: string;
  /** A check of the binary (for this machine) before it is run. */
  readonly check?: (execPath: string, node: string) => void;
}

/** `--snapshot`: a blob beside the charm. */
export const SNAPSHOT_USE: SnapshotUse = { what: 'a startup snapshot', why: 'a blob loads only in the binary that built it', flag: '--snapshot' };

/**
 * Describe a node binary by running it: a blob can only be built by the
 * binary that will load it, so a binary for another architecture is refused
 * with one line before anything is spawned.
 */
export function describeSnapshotNode(node: string, use: SnapshotUse = SNAPSHOT_USE): SnapshotNode {
  const execPath = realpathOrFail(node);
  if (process.platform === 'linux' && execPath !== realpathSync(process.execPath)) {
    const arch = elfArchitecture(execPath);
    const here = JUJU_ARCH[process.arch] ?? process.arch;
    if (arch !== here) {
      throw new CliError(
        `cannot build ${use.what} with ${node}: it is a Node binary for ${arch} and this machine is ${here}, and ${use.why}; build on ${arch}, or drop ${use.flag}`,
      );
    }
  }
  use.check?.(execPath, node);
  const probe = spawnSync(execPath, ['-p', 'JSON.stringify([process.version, process.arch, process.platform])'], { encoding: 'utf8', env: {} });
  if (probe.status !== 0) {
    throw new CliError(`cannot run ${node} to build ${use.what}: ${(probe.error?.message ?? probe.stderr.trim()) || `exit ${String(probe.status)}`}`);
  }
  const [version, arch, platform] = JSON.parse(probe.stdout) as [string, string, string];
  return { execPath, node: version, arch, platform, execPathSha256: sha256Of(execPath) };
}

function realpathOrFail(node: string): string {
  try {
    return realpathSync(node);
  } catch {
    throw new CliError(`no Node binary at ${node}: pass the path of a node executable`);
  }
}

function sha256Of(file: string): string {
  const hash = createHash('sha256');
  const buffer = Buffer.alloc(1 << 20);
  const fd = openSync(file, 'r');
  try {
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) hash.update(buffer.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}
