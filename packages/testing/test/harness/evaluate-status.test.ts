import { ActiveStatus, BlockedStatus, CharmBase, MaintenanceStatus, WaitingStatus, on, stored, type CollectStatusEvent } from '@jujuts/ops';
import { HarnessError } from '../../src/harness';
import { webHarness } from './harness-fixture';

let collected = 0;

/** Reports Blocked until configured, Waiting on non-leaders' app status, and counts collections. */
class StatusCharm extends CharmBase {
  @stored() state = { configured: false };

  @on.configChanged onConfig() {
    this.state.configured = this.model.config.get('name') !== undefined;
  }

  @on.collectUnitStatus onUnit(e: CollectStatusEvent) {
    collected += 1;
    e.addStatus(new ActiveStatus('ready'));
    if (!this.state.configured) e.addStatus(new BlockedStatus('set name'));
    e.addStatus(new MaintenanceStatus('tidying'));
  }

  @on.collectAppStatus onApp(e: CollectStatusEvent) {
    e.addStatus(new WaitingStatus('peers'));
  }
}

beforeEach(() => {
  collected = 0;
});

describe('collect-status', () => {
  describe('after every event', () => {
    it('sets the most severe status the handlers added', async () => {
      const harness = webHarness(StatusCharm);
      harness.begin();
      await harness.updateConfig({ port: 1 });
      expect(harness.unitStatus).toEqual(new BlockedStatus('set name'));
      await harness.updateConfig({ name: 'x' });
      expect(harness.unitStatus).toEqual(new MaintenanceStatus('tidying'));
    });

    it('sets the app status on the leader only', async () => {
      const follower = webHarness(StatusCharm);
      follower.begin();
      await follower.updateConfig();
      expect(follower.appStatus.name).toBe('unknown');
      const leader = webHarness(StatusCharm, { leader: true });
      leader.begin();
      await leader.updateConfig();
      expect(leader.appStatus).toEqual(new WaitingStatus('peers'));
    });
  });

  describe('evaluateStatus()', () => {
    it('runs the collectors without any other event', async () => {
      const harness = webHarness(StatusCharm, { leader: true });
      harness.begin();
      await harness.evaluateStatus();
      expect(collected).toBe(1);
      expect(harness.unitStatus).toEqual(new BlockedStatus('set name'));
      expect(harness.appStatus).toEqual(new WaitingStatus('peers'));
    });

    it('sees stored state the last event saved', async () => {
      const harness = webHarness(StatusCharm);
      harness.begin();
      harness.disableHooks();
      await harness.updateConfig({ name: 'x' });
      harness.enableHooks();
      await harness.evaluateStatus();
      expect(harness.unitStatus.name).toBe('blocked');
      await harness.updateConfig({ name: 'y' });
      await harness.evaluateStatus();
      expect(harness.unitStatus.name).toBe('maintenance');
    });

    it('does not re-run deferred events', async () => {
      class Deferring extends StatusCharm {
        @on.updateStatus onTick(e: { defer(): void }) {
          e.defer();
        }
      }
      const harness = webHarness(Deferring);
      harness.begin();
      await harness.emit('update-status');
      collected = 0;
      await harness.evaluateStatus();
      expect(collected).toBe(1);
      expect(harness.deferred).toHaveLength(1);
    });

    it('needs a started charm', async () => {
      await expect(webHarness(StatusCharm).evaluateStatus()).rejects.toThrow(HarnessError);
    });
  });
});
