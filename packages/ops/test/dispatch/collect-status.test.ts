import {
  ActiveStatus,
  BlockedStatus,
  CharmBase,
  MaintenanceStatus,
  WaitingStatus,
  on,
  type CollectStatusEvent,
} from '../../src';
import { makeMeta } from '../support/charm-meta.factory';
import { TestUnit } from '../support/run-in-memory';

class StatusCharm extends CharmBase {
  @on.collectUnitStatus first(e: CollectStatusEvent) {
    e.addStatus(new ActiveStatus('fine'));
    e.addStatus(new WaitingStatus('for db'));
  }
  @on.collectUnitStatus second(e: CollectStatusEvent) {
    if (this.model.config.get('broken') === true) e.addStatus(new BlockedStatus('set broken=false'));
    e.addStatus(new MaintenanceStatus('upgrading'));
  }
  @on.collectAppStatus appStatus(e: CollectStatusEvent) {
    e.addStatus(new ActiveStatus('app ok'));
  }
}

const meta = makeMeta({ config: { broken: { type: 'boolean', default: false } } });

describe('collect-status', () => {
  it('sets the highest-priority unit status once, after any hook', async () => {
    const u = new TestUnit(StatusCharm, meta);
    await u.ok('hooks/update-status');
    expect(u.juju.outputs.unitStatusHistory).toEqual([{ status: 'maintenance', message: 'upgrading' }]);
  });

  it('prefers blocked over everything but error', async () => {
    const u = new TestUnit(StatusCharm, meta, { config: { broken: true } });
    await u.ok('hooks/config-changed');
    expect(u.juju.view().unitStatus).toEqual({ status: 'blocked', message: 'set broken=false' });
  });

  it('collects the app status only on the leader', async () => {
    const follower = new TestUnit(StatusCharm, meta, { leader: false });
    await follower.ok('hooks/update-status');
    expect(follower.juju.outputs.appStatusHistory).toEqual([]);
    const leader = new TestUnit(StatusCharm, meta, { leader: true });
    await leader.ok('hooks/update-status');
    expect(leader.juju.outputs.appStatusHistory).toEqual([{ status: 'active', message: 'app ok' }]);
  });
});
