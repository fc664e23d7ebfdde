import {
  ActiveStatus,
  BlockedStatus,
  CharmBase,
  CharmDefinitionError,
  MaintenanceStatus,
  UnknownStatus,
  charm,
  on,
  relation,
  stored,
  type ConfigChangedEvent,
  type StartEvent,
} from '@jujuts/ops';
import { IsInt, Max } from 'class-validator';
import { HarnessError } from '../../src/harness';
import { recorder, seen, webHarness } from './harness-fixture';

class CountingCharm extends CharmBase {
  @stored() state = { events: 0, instances: [] as number[] };
  static made = 0;
  private readonly serial = ++CountingCharm.made;

  @on.install @on.configChanged @on.updateStatus @on.leaderElected
  count() {
    this.state.events += 1;
    this.state.instances.push(this.serial);
  }
}

class FailingCharm extends CharmBase {
  @on.configChanged
  onConfig() {
    this.unit.status = new MaintenanceStatus('half way');
    this.model.getRelation('db')?.data(this.unit).set('half', 'written');
    throw new Error('boom in config-changed');
  }
}

const undeclared = relation('database');
class MisdeclaredCharm extends CharmBase {
  @undeclared.joined onDb() {}
}

class WebConfig {
  @IsInt() @Max(9000) port = 8080;
}

@charm({ config: WebConfig })
class TypedCharm extends CharmBase<WebConfig> {
  @on.configChanged
  onConfig(_e: ConfigChangedEvent) {
    this.unit.status = new ActiveStatus(`port ${this.config.port}`);
  }
}

class DeferringCharm extends CharmBase {
  @stored() state = { ready: false };
  @on.start onStart(e: StartEvent) {
    if (!this.state.ready) return e.defer();
    this.unit.status = new ActiveStatus('started');
  }
  @on.configChanged onConfig() {
    this.state.ready = true;
  }
}

describe('Harness core', () => {
  describe('before begin()', () => {
    it('emits nothing when config changes', async () => {
      const harness = webHarness(CountingCharm);
      await harness.updateConfig({ port: 9000 });
      await harness.setLeader(true);
      expect(harness.storedState).toEqual({});
      expect(harness.juju.state.config['port']).toBe(9000);
    });

    it('has no charm yet and says how to start it', () => {
      const harness = webHarness(CountingCharm);
      expect(() => harness.charm).toThrow('harness.charm: the charm has not started; call harness.begin() or harness.beginWithInitialHooks() first');
    });

    it('refuses to dispatch an event directly', async () => {
      const harness = webHarness(CountingCharm);
      await expect(harness.emit('update-status')).rejects.toThrow(HarnessError);
    });

    it('already offers the model', () => {
      const harness = webHarness(CountingCharm, { unitName: 'web/3' });
      expect(harness.model.unit.name).toBe('web/3');
      expect(harness.model.app.name).toBe('web');
    });
  });

  describe('begin()', () => {
    it('builds the charm without emitting any event', () => {
      const harness = recorder();
      expect(harness.charm).toBeInstanceOf(CharmBase);
      expect(seen).toEqual([]);
    });

    it('fails with production start-up validation for an undeclared endpoint', () => {
      const harness = webHarness(MisdeclaredCharm);
      expect(() => harness.begin()).toThrow(CharmDefinitionError);
      expect(() => webHarness(MisdeclaredCharm).begin()).toThrow(
        "@relation('database').joined on MisdeclaredCharm.onDb: charmcraft.yaml declares no relation `database` (declared: db, logging, website, cluster)",
      );
    });

    it('cannot be called twice', () => {
      const harness = recorder();
      expect(() => harness.begin()).toThrow('harness.begin(): the charm has already started');
    });
  });

  describe('each event', () => {
    it('runs on a fresh charm instance', async () => {
      CountingCharm.made = 0;
      const harness = webHarness(CountingCharm);
      harness.begin();
      const first = harness.charm;
      await harness.updateConfig({ port: 1 });
      await harness.updateConfig({ port: 2 });
      expect(harness.charm).not.toBe(first);
      expect(harness.storedState['CountingCharm.state']).toEqual({ events: 2, instances: [2, 3] });
    });

    it('keeps stored state across instances', async () => {
      const harness = webHarness(CountingCharm);
      harness.begin();
      await harness.emit('install');
      await harness.emit('update-status');
      await harness.setLeader(true);
      expect((harness.charm as CountingCharm).state.events).toBe(3);
    });

    it('does nothing for a hook the charm does not know, as in production', async () => {
      const harness = recorder();
      await harness.emit('some-future-hook');
      expect(seen).toEqual([]);
    });

    it('accepts a full event spec', async () => {
      const harness = recorder();
      await harness.emit({ path: 'hooks/upgrade-charm' });
      expect(seen).toEqual(['upgrade-charm']);
    });
  });

  describe('when a handler throws', () => {
    it('rejects with the handler error', async () => {
      const harness = webHarness(FailingCharm);
      harness.begin();
      await expect(harness.updateConfig({ port: 1 })).rejects.toThrow('boom in config-changed');
    });

    it('discards the hook transactional writes but keeps the status it set', async () => {
      const harness = webHarness(FailingCharm);
      const id = await harness.addRelation('db', 'pg');
      harness.begin();
      await expect(harness.updateConfig({ port: 1 })).rejects.toThrow();
      expect(harness.getRelationData(id, 'web/0')).not.toHaveProperty('half');
      expect(harness.unitStatus).toEqual(new MaintenanceStatus('half way'));
    });

    it('logs the failure to the juju log', async () => {
      const harness = webHarness(FailingCharm);
      harness.begin();
      await expect(harness.updateConfig()).rejects.toThrow();
      expect(harness.logs.some((l) => l.level === 'ERROR' && l.message.includes('boom in config-changed'))).toBe(true);
    });
  });

  describe('updateConfig', () => {
    it('emits config-changed', async () => {
      const harness = recorder();
      await harness.updateConfig({ name: 'x' });
      expect(seen).toEqual(['config-changed']);
    });

    it('sets the values the charm reads', async () => {
      const harness = recorder();
      await harness.updateConfig({ port: 9001, debug: true, ratio: 0.25, name: 'n' });
      expect(harness.model.config.get('port')).toBe(9001);
      expect(harness.model.config.get('debug')).toBe(true);
      expect(harness.model.config.get('ratio')).toBe(0.25);
      expect(harness.model.config.get('name')).toBe('n');
    });

    it('starts from the declared defaults and the config option', () => {
      const harness = webHarness(CountingCharm, { config: { name: 'given' } });
      expect(harness.juju.state.config).toEqual({ port: 8080, debug: false, ratio: 0.5, name: 'given' });
    });

    it('puts unset options back to their default', async () => {
      const harness = recorder();
      await harness.updateConfig({ port: 1, name: 'x' });
      await harness.updateConfig({}, ['port', 'name']);
      expect(harness.juju.state.config).toEqual({ port: 8080, debug: false, ratio: 0.5 });
    });

    it('refuses an undeclared option, listing the declared ones', async () => {
      const harness = recorder();
      await expect(harness.updateConfig({ colour: 'red' })).rejects.toThrow(
        'updateConfig: charmcraft.yaml declares no config option `colour` (declared: port, name, debug, ratio)',
      );
      expect(seen).toEqual([]);
    });

    it('refuses unsetting an undeclared option', async () => {
      await expect(recorder().updateConfig({}, ['colour'])).rejects.toThrow(HarnessError);
    });

    it.each([
      ['port', 'eighty', 'int'],
      ['port', 1.5, 'int'],
      ['debug', 'yes', 'boolean'],
      ['ratio', 'half', 'float'],
      ['name', 3, 'string'],
    ])('refuses %s = %p (not %s)', async (option, value, type) => {
      await expect(recorder().updateConfig({ [option]: value })).rejects.toThrow(`option ${option} is of type ${type}`);
    });

    it('refuses a badly typed initial config', () => {
      expect(() => webHarness(CountingCharm, { config: { port: 'x' } })).toThrow('new Harness(…, { config }): option port is of type int');
    });

    it('blocks the unit, as production does, when typed config is invalid', async () => {
      const harness = webHarness(TypedCharm);
      harness.begin();
      await harness.updateConfig({ port: 9999 });
      expect(harness.unitStatus.name).toBe('blocked');
      expect(harness.unitStatus.message).toMatch(/port/);
      await harness.updateConfig({ port: 80 });
      expect(harness.unitStatus).toEqual(new ActiveStatus('port 80'));
    });
  });

  describe('setLeader', () => {
    it('emits leader-elected when the unit becomes leader', async () => {
      const harness = recorder();
      await harness.setLeader(true);
      expect(seen).toEqual(['leader-elected']);
      expect(harness.model.unit.isLeader()).toBe(true);
    });

    it('emits nothing when the unit was already leader', async () => {
      const harness = recorder({ leader: true });
      await harness.setLeader();
      expect(seen).toEqual([]);
    });

    it('emits nothing when leadership is lost', async () => {
      const harness = recorder({ leader: true });
      await harness.setLeader(false);
      expect(seen).toEqual([]);
      expect(harness.model.unit.isLeader()).toBe(false);
    });
  });

  describe('disableHooks', () => {
    it('silences state changes until hooks are enabled again', async () => {
      const harness = recorder();
      harness.disableHooks();
      await harness.updateConfig({ port: 1 });
      harness.enableHooks();
      await harness.updateConfig({ port: 2 });
      expect(seen).toEqual(['config-changed']);
    });
  });

  describe('deferral across harness events', () => {
    it('re-runs a deferred start before the next event', async () => {
      const harness = webHarness(DeferringCharm);
      harness.begin();
      await harness.emit('start');
      expect(harness.deferred.map((d) => d.event.kind)).toEqual(['start']);
      expect(harness.unitStatus).toEqual(new UnknownStatus());
      await harness.updateConfig({ port: 1 });
      await harness.emit('update-status');
      expect(harness.unitStatus).toEqual(new ActiveStatus('started'));
      expect(harness.deferred).toEqual([]);
    });
  });

  describe('status and version', () => {
    it('reads the statuses the charm set', async () => {
      class StatusCharm extends CharmBase {
        @on.install onInstall() {
          this.unit.status = new BlockedStatus('need db');
          this.app.status = new ActiveStatus('app ok');
          this.unit.setWorkloadVersion('1.2.3');
        }
      }
      const harness = webHarness(StatusCharm, { leader: true });
      harness.begin();
      await harness.emit('install');
      expect(harness.unitStatus).toEqual(new BlockedStatus('need db'));
      expect(harness.appStatus).toEqual(new ActiveStatus('app ok'));
      expect(harness.getWorkloadVersion()).toBe('1.2.3');
    });

    it('counts planned units in goal-state', () => {
      const harness = recorder();
      harness.setPlannedUnits(3);
      expect(harness.juju.state.plannedUnits).toBe(3);
      expect(() => harness.setPlannedUnits(-1)).toThrow('setPlannedUnits(-1): the count must be a whole number');
    });
  });

  describe('logs', () => {
    it('are copies the test cannot alter', async () => {
      const harness = webHarness(FailingCharm);
      harness.begin();
      await expect(harness.updateConfig()).rejects.toThrow();
      const first = harness.logs[0];
      if (first) first.message = 'changed';
      expect(harness.logs[0]?.message).not.toBe('changed');
    });
  });

  describe('the model', () => {
    it('applies writes made outside hooks', async () => {
      const harness = recorder();
      const id = await harness.addRelation('db', 'pg');
      harness.model.getRelation('db', id)?.data(harness.model.unit).set('k', 'v');
      expect(harness.getRelationData(id, 'web/0')).toMatchObject({ k: 'v' });
    });

    it('shows state changed by the harness after it was first read', async () => {
      const harness = recorder();
      expect(harness.model.config.get('port')).toBe(8080);
      await harness.updateConfig({ port: 1 });
      expect(harness.model.config.get('port')).toBe(1);
    });

    it('uses the given model name and juju version', () => {
      const harness = webHarness(CountingCharm, { model: { name: 'prod' }, jujuVersion: '3.4.2' });
      harness.begin();
      expect(harness.model.name).toBe('prod');
      expect(harness.charm.model.jujuVersion.toString()).toBe('3.4.2');
    });
  });
});
