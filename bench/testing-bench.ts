import type * as nodeFs from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { CharmBase, on, type RelationChangedEvent } from '@jujuts/ops';
import { Context, Harness, container, createState, peerRelation, relation, storage, updateState, type State } from '@jujuts/testing';
import { MachineAppCharm } from '../examples/machine-app/src/charm';
import { WebappCharm } from '../examples/webapp-k8s/src/charm';
import { gcTime } from './lib/gc-time';
import { median, timed } from './lib/stats';

// The bench runs bundled from bench/.build/.
const ROOT = join(__dirname, '..', '..');
const WEBAPP = join(ROOT, 'examples', 'webapp-k8s');
const MACHINE = join(ROOT, 'examples', 'machine-app');
const MiB = 2 ** 20;
/** Runs before timing a big relation-changed: the first few are JIT-compiling the per-unit paths (200 ms, then 45 ms here). */
const WARM = 5;
// The module object itself (an ES namespace import would be a copy under esbuild), so a patch is seen by every caller.
const fs = createRequire(__filename)('node:fs') as typeof nodeFs;

/** A full collection, so heap figures measure what is retained, not what is pending. */
function gc(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/** The web app with its container reachable, leader, and a website client: every handler has work to do. */
function webappState(): State {
  return createState({ leader: true, containers: [container('web')], relations: [relation('website', { remoteApp: 'proxy' })] });
}

/** 200 Context runs (config-changed, which sets ports, publishes the URL and replans Pebble), one Context. */
async function contextRuns(figures: Record<string, number>): Promise<number> {
  // The control: constructing a Context does read the metadata, so a zero below is not a blind counter.
  const construction = countMetadataReads();
  const ctx = new Context(WebappCharm, { charmDir: WEBAPP });
  figures['testing: metadata file reads by new Context'] = construction.stop();
  let state = await ctx.run(ctx.on.pebbleReady('web'), webappState());
  const reads = countMetadataReads();
  const [ms] = await timed(async () => {
    for (let i = 0; i < 200; i++) state = await ctx.run(ctx.on.configChanged(), updateState(state, { config: { port: 8000 + (i % 50) } }));
  });
  figures['testing: metadata file reads during 200 Context runs'] = reads.stop();
  return ms;
}

/** 200 Harness tests as a charm's test file writes them: new Harness, begin, pebble-ready, a config change, cleanup. */
async function harnessTests(): Promise<number> {
  const [ms] = await timed(async () => {
    for (let i = 0; i < 200; i++) {
      const harness = new Harness(WebappCharm, { charmDir: WEBAPP, leader: true });
      harness.begin();
      await harness.containerPebbleReady('web');
      await harness.updateConfig({ port: 9000 });
      if (!harness.getContainerPebblePlan('web').services?.['webapp']) throw new Error(`harness test ${i}: the web service was not planned`);
      harness.cleanup();
    }
  });
  return ms;
}

/** One relation, 10,000 remote units added one by one (relation-joined each) and each updated once (relation-changed each). */
async function harnessManyUnitsOnce(): Promise<{ ms: number; gcMs: number; retainedMiB: number; peakRssGrowthMiB: number }> {
  gc();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  const harness = new Harness(WebappCharm, { charmDir: WEBAPP, leader: true });
  harness.begin();
  // A running unit. With its container unreachable every hook's collect-status builds a ConnectionError (~23 µs, ~0.7 s here).
  await harness.containerPebbleReady('web');
  const collecting = gcTime();
  const [ms] = await timed(async () => {
    const id = await harness.addRelation('website', 'proxy');
    for (let i = 0; i < 10_000; i++) {
      await harness.addRelationUnit(id, `proxy/${i}`);
      if (i % 1000 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }
    for (let i = 0; i < 10_000; i++) {
      await harness.updateRelationData(id, `proxy/${i}`, { 'ingress-address': `10.1.${i >> 8}.${i & 255}` });
      if (i % 1000 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }
  });
  const gcMs = await collecting.stop();
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  // What the harness holds (its 10,000 bags, the command and status histories), not garbage waiting for a collection.
  gc();
  const retainedMiB = (process.memoryUsage().heapUsed - before.heapUsed) / MiB;
  harness.cleanup();
  return { ms, gcMs, retainedMiB, peakRssGrowthMiB: (peakRss - before.rss) / MiB };
}

/**
 * The 10,000-unit Harness run three times (a fresh Harness each): the
 * median and the slowest, and memory from the first. `npm run bench` runs
 * it in a process of its own, as jest runs a test file with fresh modules:
 * after the other testing figures, V8's allocation feedback from them made
 * its garbage collection two to four times dearer.
 */
export async function harnessUnitsBench(): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  const runs = [];
  for (let r = 0; r < 3; r++) runs.push(await harnessManyUnitsOnce());
  const first = runs[0];
  if (!first) return figures;
  figures['testing: Harness 10,000 units added + updated (ms)'] = median(runs.map((r) => r.ms));
  figures['testing: Harness 10,000 units added + updated, slowest of 3 (ms)'] = Math.max(...runs.map((r) => r.ms));
  figures['testing: Harness 10,000 units, of which garbage collection (ms)'] = median(runs.map((r) => r.gcMs));
  figures['testing: Harness 10,000 units heap retained (MiB)'] = first.retainedMiB;
  figures['testing: Harness 10,000 units peak RSS growth (MiB)'] = first.peakRssGrowthMiB;
  return figures;
}

/** One relation-changed run on the machine-app peer relation with 10,000 peers (median of 5, after warm-up runs). */
async function contextManyUnits(figures: Record<string, number>): Promise<void> {
  const peers: Record<string, Record<string, string>> = {};
  for (let i = 1; i <= 10_000; i++) peers[`machine-app/${i}`] = { 'ingress-address': `10.2.${i >> 8}.${i & 255}` };
  const state = createState({ model: { type: 'machine' }, storages: [storage('data')], relations: [peerRelation('cluster', { id: 1, peers })] });
  const ctx = new Context(MachineAppCharm, { charmDir: MACHINE });
  const times: number[] = [];
  for (let r = 0; r < WARM + 5; r++) {
    const [ms] = await timed(() => ctx.run(ctx.on.relationChanged({ id: 1, endpoint: 'cluster' }, { remoteUnit: 'machine-app/7' }), state));
    if (r >= WARM) times.push(ms);
  }
  figures['testing: Context relation-changed with 10,000 units (ms)'] = median(times);
}

/** Reads every remote unit's bag on relation-changed, as a coordinator charm would: the worst case for a big relation. */
class FanInCharm extends CharmBase {
  @on.relationChanged('members')
  onChanged(e: RelationChangedEvent): void {
    let keys = 0;
    for (const unit of e.relation.units) keys += e.relation.data(unit).size;
    if (keys !== 2 * e.relation.units.size) throw new Error(`read ${keys} keys from ${e.relation.units.size} units`);
  }
}

const FAN_IN_META = 'name: fan-in\nrequires:\n  members:\n    interface: members\n';

/** One relation-changed run through a Context whose charm reads all 10,000 remote bags (median of 5, after warm-up runs). */
async function contextFanIn(figures: Record<string, number>): Promise<void> {
  const units: Record<string, Record<string, string>> = {};
  for (let i = 0; i < 10_000; i++) units[`big/${i}`] = { address: `10.0.${i >> 8}.${i & 255}`, ready: 'true' };
  const state = createState({ relations: [relation('members', { id: 7, remoteApp: 'big', remoteUnits: units })] });
  const ctx = new Context(FanInCharm, { meta: FAN_IN_META });
  const times: number[] = [];
  for (let r = 0; r < WARM + 5; r++) {
    const [ms] = await timed(() => ctx.run(ctx.on.relationChanged({ id: 7, endpoint: 'members' }, { remoteUnit: 'big/0' }), state));
    if (r >= WARM) times.push(ms);
  }
  figures['testing: Context relation-changed reading all 10,000 bags (ms)'] = median(times);
}

/** Heap after 100 and after 1,000 runs on one Context, each after a full collection: flat means no per-run leak. */
async function contextMemory(figures: Record<string, number>): Promise<void> {
  const ctx = new Context(WebappCharm, { charmDir: WEBAPP });
  let state = await ctx.run(ctx.on.pebbleReady('web'), webappState());
  let at100 = 0;
  for (let i = 1; i <= 1000; i++) {
    state = await ctx.run(ctx.on.updateStatus(), state);
    if (i === 100) {
      gc();
      at100 = process.memoryUsage().heapUsed;
    }
  }
  gc();
  figures['testing: Context heap growth from run 100 to run 1,000 (MiB)'] = (process.memoryUsage().heapUsed - at100) / MiB;
}

/** Counts reads of charm metadata files until stopped (tsc's CommonJS output calls fs functions through the module object). */
function countMetadataReads(): { stop(): number } {
  const original = fs.readFileSync;
  let count = 0;
  const patched = ((path: nodeFs.PathOrFileDescriptor, ...rest: unknown[]) => {
    if (typeof path === 'string' && /(charmcraft|metadata|config|actions)\.yaml$/.test(path)) count += 1;
    return (original as (...a: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readFileSync;
  (fs as { readFileSync: typeof fs.readFileSync }).readFileSync = patched;
  return {
    stop() {
      (fs as { readFileSync: typeof fs.readFileSync }).readFileSync = original;
      return count;
    },
  };
}

/**
 * Testing throughput (issue 6): 200 Context runs and 200 Harness tests of
 * a realistic charm, one relation-changed over 10,000 units, and heap over
 * 1,000 runs of one Context. (10,000 units through the Harness: {@link harnessUnitsBench}.)
 */
export async function testingBench(): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  // A first pass loads and JITs the code paths (as a test file's first tests do); then the median of 3, as the machine is shared.
  await contextRuns({});
  await harnessTests();
  const contextMs: number[] = [];
  const harnessMs: number[] = [];
  for (let r = 0; r < 3; r++) {
    contextMs.push(await contextRuns(figures));
    harnessMs.push(await harnessTests());
  }
  figures['testing: 200 Context runs, webapp-k8s config-changed (ms)'] = median(contextMs);
  figures['testing: 200 Harness tests, webapp-k8s (ms)'] = median(harnessMs);
  await contextManyUnits(figures);
  await contextFanIn(figures);
  await contextMemory(figures);
  return figures;
}
