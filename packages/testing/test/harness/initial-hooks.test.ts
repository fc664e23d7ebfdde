import { CharmBase, MaintenanceStatus, WaitingStatus, on } from '@jujuts/ops';
import { HarnessError } from '../../src/harness';
import { RecorderCharm, WEB_YAML, seen, webHarness } from './harness-fixture';

class SilentMaintenanceCharm extends CharmBase {
  @on.install onInstall() {
    this.unit.status = new MaintenanceStatus('');
  }
}

class LifecycleCharm extends CharmBase {
  @on.install @on.leaderElected @on.leaderSettingsChanged @on.configChanged @on.start
  onEvent(e: { displayName: string }) {
    seen.push(e.displayName);
  }
}

class WaitingCharm extends CharmBase {
  @on.start onStart() {
    this.unit.status = new WaitingStatus('');
  }
}

const MINIMAL_YAML = `
name: tiny
type: charm
summary: No relations, containers or storage.
`;

describe('beginWithInitialHooks', () => {
  describe('for a charm with nothing related yet', () => {
    it('runs Juju deployment order, creating the peer relation and readying containers', async () => {
      const harness = webHarness(RecorderCharm);
      await harness.beginWithInitialHooks();
      expect(seen).toEqual([
        'install',
        'cluster-relation-created web',
        'leader-settings-changed',
        'config-changed',
        'start',
        'workload-pebble-ready',
      ]);
    });

    it('emits leader-elected instead on the leader', async () => {
      const harness = webHarness(RecorderCharm, { leader: true });
      await harness.beginWithInitialHooks();
      expect(seen).toContain('leader-elected');
      expect(seen).not.toContain('leader-settings-changed');
    });

    it('runs only the lifecycle hooks for a charm with no endpoints or containers', async () => {
      const harness = webHarness(LifecycleCharm, { meta: MINIMAL_YAML });
      await harness.beginWithInitialHooks();
      expect(seen).toEqual(['install', 'leader-settings-changed', 'config-changed', 'start']);
    });
  });

  describe('with relations, units and storage added before', () => {
    it('attaches storage first, creates relations before leadership, and joins units last', async () => {
      const harness = webHarness(RecorderCharm);
      await harness.addStorage('data');
      const db = await harness.addRelation('db', 'pg', { unitData: { a: 'b' } });
      await harness.addRelationUnit(db, 'pg/1');
      const peers = await harness.addRelation('cluster', 'web');
      await harness.addRelationUnit(peers, 'web/1');
      await harness.beginWithInitialHooks();
      expect(seen).toEqual([
        'data-storage-attached data/0',
        'install',
        'db-relation-created pg',
        'cluster-relation-created web',
        'leader-settings-changed',
        'config-changed',
        'start',
        'workload-pebble-ready',
        'db-relation-joined pg/0',
        'db-relation-changed pg/0',
        'db-relation-joined pg/1',
        'db-relation-changed pg/1',
        'cluster-relation-joined web/1',
        'cluster-relation-changed web/1',
      ]);
    });

    it('does not add a second peer relation when the test added one', async () => {
      const harness = webHarness(RecorderCharm);
      await harness.addRelation('cluster', 'web');
      await harness.beginWithInitialHooks();
      expect(harness.juju.state.relations.filter((r) => r.endpoint === 'cluster')).toHaveLength(1);
    });

    it('emits storage-attached for storage attached before begin', async () => {
      const harness = webHarness(RecorderCharm);
      await harness.addStorage('cache', 2, { attach: true });
      await harness.beginWithInitialHooks();
      expect(seen.slice(0, 3)).toEqual(['cache-storage-attached cache/0', 'cache-storage-attached cache/1', 'install']);
    });
  });

  it('lets the charm connect to its containers afterwards', async () => {
    const harness = webHarness(RecorderCharm);
    await harness.beginWithInitialHooks();
    expect(await harness.model.unit.getContainer('workload').canConnect()).toBe(true);
  });

  it('shows a unit left in maintenance with no message as unknown (as Juju does)', async () => {
    const harness = webHarness(SilentMaintenanceCharm, { meta: MINIMAL_YAML });
    await harness.beginWithInitialHooks();
    expect(harness.unitStatus.name).toBe('unknown');
  });

  it('keeps any other status the hooks left', async () => {
    const harness = webHarness(WaitingCharm, { meta: MINIMAL_YAML });
    await harness.beginWithInitialHooks();
    expect(harness.unitStatus).toEqual(new WaitingStatus(''));
  });

  it('cannot follow begin()', async () => {
    const harness = webHarness(RecorderCharm);
    harness.begin();
    await expect(harness.beginWithInitialHooks()).rejects.toThrow(HarnessError);
  });

  it('reads the metadata given as YAML text once', () => {
    const harness = webHarness(RecorderCharm, { meta: WEB_YAML });
    expect(Object.keys(harness.meta.relations)).toEqual(['db', 'logging', 'website', 'cluster']);
  });
});
