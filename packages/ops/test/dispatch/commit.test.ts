import { CharmBase, on, stored, type ConfigChangedEvent } from '../../src';
import { makeMeta } from '../support/charm-meta.factory';
import { TestUnit } from '../support/run-in-memory';

class CountingCharm extends CharmBase {
  @stored() counters = { installs: 0, changes: 0 };
  @stored() names: string[] = [];

  @on.install onInstall() {
    this.counters.installs += 1;
  }
  @on.configChanged onConfig(e: ConfigChangedEvent) {
    this.counters.changes += 1;
    this.names.push('changed');
    if (this.model.config.get('explode') === true) {
      e.defer();
      throw new Error('boom');
    }
  }
  @on.updateStatus onTick() {
    (this.counters as Record<string, unknown>)['when'] = new Date(0);
  }
}

const meta = makeMeta({ config: { explode: { type: 'boolean', default: false } } });

describe('commit', () => {
  it('persists stored state between hooks with a fresh charm each time', async () => {
    const u = new TestUnit(CountingCharm, meta);
    const first = await u.ok('hooks/install');
    const second = await u.ok('hooks/install');
    expect(second).not.toBe(first);
    expect(second.counters.installs).toBe(2);
    expect(u.store.current.stored).toEqual({ 'CountingCharm.counters': { installs: 2, changes: 0 }, 'CountingCharm.names': [] });
  });

  describe('when a handler throws', () => {
    it('leaves stored state and the defer queue exactly as before', async () => {
      const u = new TestUnit(CountingCharm, meta);
      await u.ok('hooks/install');
      const before = structuredClone(u.store.current);
      u.juju.applyNow((s) => {
        s.config['explode'] = true;
      });
      const result = await u.dispatch('hooks/config-changed');
      expect(result.ok).toBe(false);
      expect(u.store.current).toEqual(before);
    });

    it('logs the error with its stack to juju-log', async () => {
      const u = new TestUnit(CountingCharm, meta, { config: { explode: true } });
      await u.dispatch('hooks/config-changed');
      expect(u.logs.some((l) => l.startsWith('ERROR config-changed failed: Error: boom') && l.includes('at '))).toBe(true);
    });
  });

  describe('when stored state is not plain JSON', () => {
    it('fails the hook naming the property', async () => {
      const u = new TestUnit(CountingCharm, meta);
      const result = await u.dispatch('hooks/update-status');
      expect(!result.ok && result.error.message).toMatch(/stored state CountingCharm\.counters does not survive JSON/);
      expect(u.store.current.stored).toEqual({});
    });
  });
});
