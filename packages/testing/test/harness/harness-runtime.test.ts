import { ActiveStatus, CharmBase, relation, type RelationChangedEvent, type RelationJoinedEvent } from '@jujuts/ops';
import { recorder, webHarness } from './harness-fixture';

const db = relation('db');

class WritingCharm extends CharmBase {
  @db.changed onChanged(e: RelationChangedEvent) {
    e.relation.data(this.unit).set('seen', e.unit?.name ?? 'app');
    this.logger.info(`changed by ${e.unit?.name ?? 'app'}`);
  }
}

describe('the harness runtime', () => {
  describe('per-event cost', () => {
    it('does not copy remote bags when a hook writes', async () => {
      const harness = webHarness(WritingCharm);
      harness.begin();
      const id = await harness.addRelation('db', 'pg', { unitData: { a: '1' } });
      const before = harness.juju.state.relations[0]?.remoteUnits;
      await harness.addRelationUnit(id, 'pg/1');
      await harness.updateRelationData(id, 'pg/0', { a: '2' });
      expect(harness.juju.state.relations[0]?.remoteUnits).toBe(before);
      expect(harness.getRelationData(id, 'web/0')['seen']).toBe('pg/0');
    });

    it('still discards a failed hook writes to our own bags', async () => {
      class FailingWriter extends WritingCharm {
        @db.joined onJoined(e: RelationJoinedEvent) {
          e.relation.data(this.unit).set('joined', 'yes');
          throw new Error('no');
        }
      }
      const harness = webHarness(FailingWriter);
      harness.begin();
      const id = await harness.addRelation('db', 'pg');
      await expect(harness.addRelationUnit(id, 'pg/0')).rejects.toThrow('no');
      expect(harness.getRelationData(id, 'web/0')).not.toHaveProperty('joined');
      expect(harness.getRelationData(id, 'pg/0')).toEqual({});
    });

    it('sends every hook log line to the one juju-log', async () => {
      const harness = webHarness(WritingCharm);
      harness.begin();
      const id = await harness.addRelation('db', 'pg');
      await harness.addRelationUnit(id, 'pg/0');
      await harness.addRelationUnit(id, 'pg/1');
      expect(harness.logs.filter((l) => l.message.startsWith('changed by'))).toEqual([
        { level: 'INFO', message: 'changed by pg/0' },
        { level: 'INFO', message: 'changed by pg/1' },
      ]);
    });
  });

  describe('harness.model', () => {
    it('is the same object until the state changes', async () => {
      const harness = recorder();
      const model = harness.model;
      expect(harness.model).toBe(model);
      await harness.setLeader(true);
      expect(harness.model).not.toBe(model);
    });

    it('shows relations added since it was first used', async () => {
      const harness = recorder();
      expect(harness.model.getRelations('db')).toHaveLength(0);
      await harness.addRelation('db', 'pg');
      expect(harness.model.getRelations('db')).toHaveLength(1);
    });

    it('commits a status set through it', () => {
      const harness = recorder();
      harness.model.unit.status = new ActiveStatus('by hand');
      expect(harness.unitStatus.message).toBe('by hand');
    });
  });

  describe('harness.charm', () => {
    it('writes through to Juju outside any hook, committed before the next event', async () => {
      const harness = webHarness(WritingCharm);
      harness.begin();
      const id = await harness.addRelation('db', 'pg');
      harness.charm.model.getRelation('db', id)?.data(harness.charm.unit).set('direct', 'yes');
      await harness.emit('update-status');
      expect(harness.getRelationData(id, 'web/0')['direct']).toBe('yes');
    });
  });
});
