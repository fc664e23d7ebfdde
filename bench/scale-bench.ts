import { CharmBase, on, type RelationChangedEvent } from '@jujuts/ops';
import type { CharmMeta } from '@jujuts/ops/internal';
import { createJujuState, FakeJuju, hookContext, MemoryStateStore, runHook } from '@jujuts/testing';
import { median, timed } from './lib/stats';

/** Reads every remote unit's bag on relation-changed, as a coordinator charm would. */
class FanInCharm extends CharmBase {
  total = 0;
  @on.relationChanged('peers-of-interest')
  onChanged(e: RelationChangedEvent): void {
    for (const unit of e.relation.units) this.total += e.relation.data(unit).size;
  }
}

const meta: CharmMeta = {
  name: 'fan-in',
  subordinate: false,
  assumes: [],
  relations: { 'peers-of-interest': { name: 'peers-of-interest', role: 'requires', interface: 'x', scope: 'global', optional: false } },
  containers: {},
  storages: {},
  resources: {},
  extraBindings: [],
  config: {},
  actions: {},
};

/** One scale point: relation-changed over `units` remote units, in memory. */
export interface ScaleFigures {
  readonly units: number;
  readonly ms: number;
  readonly heapMiB: number;
}

/** relation-changed reading every unit's bag with 100, 1,000 and 10,000 units (in-memory engine). */
export async function scaleBench(sizes: readonly number[], runs: number): Promise<ScaleFigures[]> {
  const out: ScaleFigures[] = [];
  for (const units of sizes) {
    const remoteUnits: Record<string, Record<string, string>> = {};
    for (let i = 0; i < units; i++) remoteUnits[`big/${i}`] = { address: `10.0.${i >> 8}.${i & 255}`, ready: 'true' };
    const state = createJujuState({ unitName: 'fan-in/0', relations: [{ id: 7, endpoint: 'peers-of-interest', remoteApp: 'big', remoteUnits }] }, meta);
    const times: number[] = [];
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    let heapPeak = heapBefore;
    for (let r = 0; r < runs; r++) {
      const juju = new FakeJuju(state);
      const context = hookContext(juju.view(), { path: 'hooks/peers-of-interest-relation-changed', relationId: 7, remoteUnit: 'big/0' });
      const [ms, result] = await timed(() => runHook({ charmClass: FanInCharm, meta, juju, context, store: new MemoryStateStore() }));
      if (!result.ok) throw result.error;
      if (result.outcome.charm.total !== units * 2) throw new Error(`read ${result.outcome.charm.total} keys, expected ${units * 2}`);
      times.push(ms);
      heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    }
    out.push({ units, ms: median(times), heapMiB: (heapPeak - heapBefore) / 2 ** 20 });
  }
  return out;
}
