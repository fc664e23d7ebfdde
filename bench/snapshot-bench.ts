import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCharmMeta } from '@jujuts/ops/internal';
import { createJujuState, FakeJuju, installHookTools, runDispatchProcess, writeStateFile, type HookEventSpec } from '@jujuts/testing';
import { median } from './lib/stats';

/** Medians (ms) of start-up with and without the startup snapshot (`jujuts build --snapshot`). */
export interface SnapshotFigures {
  readonly nodeBaselineMs: number;
  /** `node build/charm.js` outside Juju: module loading only, the charm returns at once. */
  readonly bundleLoadMs: number;
  /** `node --snapshot-blob build/charm.blob` outside Juju: the same from the snapshot. */
  readonly snapshotLoadMs: number;
  readonly blobMiB: number;
  /** `./charm-sea` (`jujuts build --sea`) outside Juju: node with the snapshot inside. */
  readonly seaLoadMs: number;
  readonly seaMiB: number;
  /** A whole hook through dispatch with the stand-in hook commands, per hook and way. */
  readonly hooks: readonly { readonly hook: string; readonly bundleMs: number; readonly snapshotMs: number }[];
}

// Bundled into bench/.build/.
const ROOT = join(__dirname, '..', '..');
const HOOKS: readonly HookEventSpec[] = [{ path: 'hooks/config-changed' }, { path: 'hooks/update-status' }];

function wallMs(argv: readonly string[], env: NodeJS.ProcessEnv): number {
  const started = process.hrtime.bigint();
  const run = spawnSync(argv[0] ?? '', argv.slice(1), { env, stdio: 'ignore' });
  if (run.status !== 0) throw new Error(`${argv.join(' ')} exited ${String(run.status)}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/**
 * Builds the example with `jujuts build --snapshot` (then removes the blob
 * from the example's build/ so other runs of it are unchanged) and times,
 * interleaved run by run so machine load hits every variant alike: bare
 * node, loading charm.js, loading from the blob, loading charm-sea (a
 * second build, `--sea`), and whole hooks both ways.
 */
export async function snapshotBench(exampleDir: string, runs: number): Promise<SnapshotFigures> {
  execFileSync(process.execPath, [join(ROOT, 'packages/cli/dist/bin.js'), 'build', '--snapshot'], { cwd: exampleDir, stdio: 'ignore' });
  const work = mkdtempSync(join(tmpdir(), 'jujuts-bench-snapshot-'));
  const unit = join(work, 'unit');
  // preserveTimestamps keeps the stamp's mtime, which dispatch compares with node's.
  cpSync(join(exampleDir, 'build'), unit, { recursive: true, preserveTimestamps: true, filter: (src) => !src.endsWith('/tsc') });
  for (const file of ['charm.blob', 'charm.blob.node', 'charm.blob.json', 'charm-snapshot.js', 'charm-snapshot.js.map']) rmSync(join(exampleDir, 'build', file), { force: true });
  checkStampFitsPathNode(unit);
  const sea = join(work, 'charm-sea');
  execFileSync(process.execPath, [join(ROOT, 'packages/cli/dist/bin.js'), 'build', '--sea'], { cwd: exampleDir, stdio: 'ignore' });
  cpSync(join(exampleDir, 'build', 'charm-sea'), sea);
  for (const file of ['charm-sea', 'charm-sea.json', 'charm-snapshot.js', 'charm-snapshot.js.map']) rmSync(join(exampleDir, 'build', file), { force: true });
  const noJuju: NodeJS.ProcessEnv = { PATH: process.env['PATH'], HOME: process.env['HOME'] };
  const load = { base: [] as number[], bundle: [] as number[], blob: [] as number[], sea: [] as number[] };
  for (let i = 0; i < runs; i++) {
    load.base.push(wallMs([process.execPath, '-e', '0'], noJuju));
    load.bundle.push(wallMs([process.execPath, join(unit, 'charm.js')], noJuju));
    load.blob.push(wallMs([process.execPath, '--snapshot-blob', join(unit, 'charm.blob')], noJuju));
    load.sea.push(wallMs([sea], noJuju));
  }

  const binDir = join(work, 'bin');
  await installHookTools(binDir);
  const meta = loadCharmMeta(exampleDir);
  const initial = createJujuState({ unitName: `${meta.name}/0`, leader: true }, meta);
  // A second unit dir without the stamp: dispatch runs charm.js there.
  const plain = join(work, 'plain');
  cpSync(unit, plain, { recursive: true });
  rmSync(join(plain, 'charm.blob.node'));
  const hooks = [];
  for (const event of HOOKS) {
    const times = { bundle: [] as number[], snapshot: [] as number[] };
    for (let i = 0; i < runs; i++) {
      for (const [way, dir] of [['bundle', plain], ['snapshot', unit]] as const) {
        const stateFile = join(work, `state-${way}.json`);
        writeStateFile(stateFile, new FakeJuju(initial).toDocument());
        const run = await runDispatchProcess({ command: [join(dir, 'dispatch')], charmDir: dir, stateFile, binDir, event });
        if (run.exitCode !== 0) throw new Error(`${event.path} (${way}) exited ${String(run.exitCode)}: ${run.stderr}`);
        times[way].push(run.durationMs);
      }
    }
    hooks.push({ hook: event.path, bundleMs: median(times.bundle), snapshotMs: median(times.snapshot) });
  }
  const blobMiB = statSync(join(unit, 'charm.blob')).size / 2 ** 20;
  const seaMiB = statSync(sea).size / 2 ** 20;
  rmSync(work, { recursive: true, force: true });
  return { nodeBaselineMs: median(load.base), bundleLoadMs: median(load.bundle), snapshotLoadMs: median(load.blob), blobMiB, seaLoadMs: median(load.sea), seaMiB, hooks };
}

// The hooks run node from PATH: if that is not the node that built the blob,
// dispatch would (rightly) skip the blob and the "snapshot" figures would lie.
function checkStampFitsPathNode(unit: string): void {
  const onPath = execFileSync('sh', ['-c', 'command -v node'], { encoding: 'utf8' }).trim();
  const stamp = join(unit, 'charm.blob.node');
  const recorded = readFileSync(stamp, 'utf8').trim();
  const mtime = (f: string): bigint => statSync(f, { bigint: true }).mtimeNs;
  if (realpathSync(onPath) !== recorded || mtime(stamp) !== mtime(recorded)) {
    throw new Error(`snapshot bench: node on PATH (${onPath}) is not the node that built the blob (${recorded}): run the bench with the node on PATH`);
  }
}
