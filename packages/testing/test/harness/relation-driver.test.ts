import { CharmBase, RelationDataAccessError, on, relation, type RelationChangedEvent, type RelationDepartedEvent } from '@jujuts/ops';
import { HarnessError } from '../../src/harness';
import { recorder, seen, webHarness } from './harness-fixture';

const db = relation('db');
const cluster = relation('cluster');

/** Writes its app bag on db-relation-changed (which only the leader may do). */
class AppWriterCharm extends CharmBase {
  @db.changed onChanged(e: RelationChangedEvent) {
    e.relation.data(this.app).set('url', 'http://web');
  }
}

/** Answers a remote unit's `ask` with `answer` in its own unit bag. */
class EchoCharm extends CharmBase {
  @db.changed onChanged(e: RelationChangedEvent) {
    const ask = e.unit ? e.relation.data(e.unit).get('ask') : undefined;
    if (ask) e.relation.data(this.unit).set('answer', ask.toUpperCase());
  }
}

/** Records what the model shows during departed and broken. */
const views: string[] = [];
class ViewCharm extends CharmBase {
  @db.departed onDeparted(e: RelationDepartedEvent) {
    const units = [...e.relation.units].map((u) => u.name).join(',');
    const bag = e.departingUnit ? e.relation.data(e.departingUnit).get('k') : undefined;
    views.push(`departed units=${units} departing-bag=${bag ?? '-'}`);
  }
  @db.broken onBroken() {
    views.push(`broken live=${this.model.getRelations('db').length}`);
  }
  @cluster.changed onPeer(e: RelationChangedEvent) {
    views.push(`peer ${e.unit?.name ?? '-'} app=${e.relation.app.name}`);
  }
  @on.updateStatus onTick() {
    views.push(`tick relations=${this.model.getRelations('db').length}`);
  }
}

beforeEach(() => {
  views.length = 0;
});

describe('relations', () => {
  describe('addRelation', () => {
    it('emits relation-created and resolves with the id', async () => {
      const harness = recorder();
      const id = await harness.addRelation('db', 'pg');
      expect(id).toBe(0);
      expect(seen).toEqual(['db-relation-created pg']);
    });

    it('numbers relations in order', async () => {
      const harness = recorder();
      expect(await harness.addRelation('db', 'pg')).toBe(0);
      expect(await harness.addRelation('website', 'proxy')).toBe(1);
      expect(await harness.addRelation('db', 'mysql')).toBe(2);
    });

    it('makes the relation visible to the charm', async () => {
      const harness = recorder();
      const id = await harness.addRelation('db', 'pg');
      const rel = harness.model.getRelation('db');
      expect(rel?.id).toBe(id);
      expect(rel?.app.name).toBe('pg');
      expect(rel?.units.size).toBe(0);
    });

    it('seeds the remote app bag with appData, then emits relation-changed', async () => {
      const harness = recorder();
      const id = await harness.addRelation('db', 'pg', { appData: { host: 'pg.local' } });
      expect(seen).toEqual(['db-relation-created pg', 'db-relation-changed pg']);
      expect(harness.getRelationData(id, 'pg')).toEqual({ host: 'pg.local' });
    });

    it('emits the app change before the first unit joins when given both bags', async () => {
      const harness = recorder();
      await harness.addRelation('db', 'pg', { appData: { a: '1' }, unitData: { b: '2' } });
      expect(seen).toEqual(['db-relation-created pg', 'db-relation-changed pg', 'db-relation-joined pg/0', 'db-relation-changed pg/0']);
    });

    it('adds <app>/0 with unitData, with joined and changed', async () => {
      const harness = recorder();
      const id = await harness.addRelation('db', 'pg', { unitData: { port: '5432' } });
      expect(seen).toEqual(['db-relation-created pg', 'db-relation-joined pg/0', 'db-relation-changed pg/0']);
      expect(harness.getRelationData(id, 'pg/0')).toEqual({ port: '5432' });
    });

    it('gives our unit bag the addresses Juju puts there', async () => {
      const harness = recorder();
      const id = await harness.addRelation('db', 'pg');
      expect(Object.keys(harness.getRelationData(id, 'web/0')).sort()).toEqual(['egress-subnets', 'ingress-address', 'private-address']);
    });

    it('refuses an undeclared endpoint, listing the declared ones', async () => {
      await expect(recorder().addRelation('database', 'pg')).rejects.toThrow(
        "addRelation('database', 'pg'): charmcraft.yaml declares no relation `database` (declared: db, logging, website, cluster)",
      );
    });

    it('refuses a peer relation to another application', async () => {
      await expect(recorder().addRelation('cluster', 'other')).rejects.toThrow(
        "`cluster` is a peer relation, so its remote application is this one: addRelation('cluster', 'web')",
      );
    });

    it('marks a container-scoped relation as subordinate', async () => {
      const harness = recorder();
      const id = await harness.addRelation('logging', 'loki');
      expect(harness.juju.state.relations.find((r) => r.id === id)?.subordinate).toBe(true);
    });

    it('emits nothing before begin()', async () => {
      const harness = webHarness(AppWriterCharm);
      await harness.addRelation('db', 'pg', { appData: { a: 'b' }, unitData: { c: 'd' } });
      expect(harness.juju.outputs.commands).toEqual([]);
    });
  });

  describe('addRelationUnit', () => {
    it('emits relation-joined then relation-changed, as Juju does', async () => {
      const harness = recorder();
      const id = await harness.addRelation('db', 'pg');
      seen.length = 0;
      await harness.addRelationUnit(id, 'pg/1');
      expect(seen).toEqual(['db-relation-joined pg/1', 'db-relation-changed pg/1']);
    });

    it('lists the unit in the relation', async () => {
      const harness = recorder();
      const id = await harness.addRelation('db', 'pg');
      await harness.addRelationUnit(id, 'pg/0');
      await harness.addRelationUnit(id, 'pg/1');
      const names = [...(harness.model.getRelation('db')?.units ?? [])].map((u) => u.name);
      expect(names).toEqual(['pg/0', 'pg/1']);
    });

    it('refuses an unknown relation id, saying how to make one', async () => {
      const harness = recorder();
      await harness.addRelation('db', 'pg');
      await expect(harness.addRelationUnit(7, 'pg/1')).rejects.toThrow(
        "addRelationUnit(7, 'pg/1'): there is no relation 7 (relations: db:0); add one with addRelation(endpoint, remoteApp)",
      );
    });

    it('refuses a unit of another application', async () => {
      const harness = recorder();
      const id = await harness.addRelation('db', 'pg');
      await expect(harness.addRelationUnit(id, 'mysql/0')).rejects.toThrow('units joining db:0 are named pg/<number>');
    });

    it('refuses a malformed unit name', async () => {
      const harness = recorder();
      const id = await harness.addRelation('db', 'pg');
      await expect(harness.addRelationUnit(id, 'pg')).rejects.toThrow(HarnessError);
    });

    it('refuses a unit that has already joined', async () => {
      const harness = recorder();
      const id = await harness.addRelation('db', 'pg');
      await harness.addRelationUnit(id, 'pg/0');
      await expect(harness.addRelationUnit(id, 'pg/0')).rejects.toThrow('pg/0 has already joined db:0');
    });

    it('refuses our own unit as a peer', async () => {
      const harness = recorder();
      const id = await harness.addRelation('cluster', 'web');
      await expect(harness.addRelationUnit(id, 'web/0')).rejects.toThrow('web/0 is this unit; peers are the other units of web');
    });
  });

  describe('updateRelationData', () => {
    it('emits relation-changed for a remote unit bag', async () => {
      const harness = recorder();
      const id = await harness.addRelation('db', 'pg');
      await harness.addRelationUnit(id, 'pg/0');
      seen.length = 0;
      await harness.updateRelationData(id, 'pg/0', { host: 'h' });
      expect(seen).toEqual(['db-relation-changed pg/0']);
    });

    it('emits relation-changed without a unit for the remote app bag', async () => {
      const harness = recorder();
      const id = await harness.addRelation('db', 'pg');
      seen.length = 0;
      await harness.updateRelationData(id, 'pg', { host: 'h' });
      expect(seen).toEqual(['db-relation-changed pg']);
    });

    it('emits nothing for our own unit or app bag', async () => {
      const harness = recorder({ leader: true });
      const id = await harness.addRelation('db', 'pg');
      seen.length = 0;
      await harness.updateRelationData(id, 'web/0', { a: '1' });
      await harness.updateRelationData(id, 'web', { b: '2' });
      expect(seen).toEqual([]);
      expect(harness.getRelationData(id, 'web/0')).toMatchObject({ a: '1' });
      expect(harness.getRelationData(id, 'web')).toEqual({ b: '2' });
    });

    it('deletes a key given an empty string', async () => {
      const harness = recorder();
      const id = await harness.addRelation('db', 'pg', { appData: { a: '1', b: '2' } });
      await harness.updateRelationData(id, 'pg', { a: '' });
      expect(harness.getRelationData(id, 'pg')).toEqual({ b: '2' });
    });

    it('refuses values that are not strings', async () => {
      const harness = recorder();
      const id = await harness.addRelation('db', 'pg');
      await expect(harness.updateRelationData(id, 'pg', { port: 5432 as unknown as string })).rejects.toThrow(
        "updateRelationData(0, 'pg'): relation data values are strings, but port is number",
      );
    });

    it('refuses a member with no bag in the relation', async () => {
      const harness = recorder();
      const id = await harness.addRelation('db', 'pg');
      await expect(harness.updateRelationData(id, 'pg/3', { a: 'b' })).rejects.toThrow(
        "updateRelationData(0, 'pg/3'): pg/3 has no bag in db:0 (bags: web/0, web, pg); a remote unit needs addRelationUnit first",
      );
    });

    it('lets the charm answer what it read', async () => {
      const harness = webHarness(EchoCharm);
      harness.begin();
      const id = await harness.addRelation('db', 'pg');
      await harness.addRelationUnit(id, 'pg/0');
      await harness.updateRelationData(id, 'pg/0', { ask: 'ping' });
      expect(harness.getRelationData(id, 'web/0')['answer']).toBe('PING');
    });
  });

  describe('databag access rules', () => {
    it('fail the hook with RelationDataAccessError when a non-leader writes the app bag', async () => {
      const harness = webHarness(AppWriterCharm);
      harness.begin();
      const id = await harness.addRelation('db', 'pg');
      await expect(harness.updateRelationData(id, 'pg', { x: 'y' })).rejects.toBeInstanceOf(RelationDataAccessError);
      expect(harness.getRelationData(id, 'web')).toEqual({});
    });

    it('let the leader write the app bag', async () => {
      const harness = webHarness(AppWriterCharm, { leader: true });
      harness.begin();
      const id = await harness.addRelation('db', 'pg');
      await harness.updateRelationData(id, 'pg', { x: 'y' });
      expect(harness.getRelationData(id, 'web')).toEqual({ url: 'http://web' });
    });

    it('keep remote bags read-only for the charm', () => {
      const harness = recorder();
      return harness.addRelation('db', 'pg', { appData: { a: 'b' } }).then((id) => {
        const rel = harness.model.getRelation('db', id);
        expect(() => rel?.data(harness.model.getApp('pg')).set('a', 'c')).toThrow(RelationDataAccessError);
      });
    });
  });

  describe('removeRelationUnit', () => {
    it('emits relation-departed naming the departing unit', async () => {
      const harness = recorder();
      const id = await harness.addRelation('db', 'pg', { unitData: {} });
      seen.length = 0;
      await harness.removeRelationUnit(id, 'pg/0');
      expect(seen).toEqual(['db-relation-departed pg/0 departing=pg/0']);
    });

    it('no longer lists the unit but still shows its bag during the hook', async () => {
      const harness = webHarness(ViewCharm);
      harness.begin();
      const id = await harness.addRelation('db', 'pg');
      await harness.addRelationUnit(id, 'pg/0');
      await harness.addRelationUnit(id, 'pg/1');
      await harness.updateRelationData(id, 'pg/1', { k: 'kept' });
      await harness.removeRelationUnit(id, 'pg/1');
      expect(views).toEqual(['departed units=pg/0 departing-bag=kept']);
    });

    it('drops the unit and its bag afterwards', async () => {
      const harness = recorder();
      const id = await harness.addRelation('db', 'pg', { unitData: { a: 'b' } });
      await harness.removeRelationUnit(id, 'pg/0');
      expect(harness.model.getRelation('db')?.units.size).toBe(0);
      expect(() => harness.getRelationData(id, 'pg/0')).toThrow(HarnessError);
    });

    it('refuses a unit that is not in the relation', async () => {
      const harness = recorder();
      const id = await harness.addRelation('db', 'pg', { unitData: {} });
      await expect(harness.removeRelationUnit(id, 'pg/5')).rejects.toThrow("removeRelationUnit(0, 'pg/5'): pg/5 is not in db:0 (units: pg/0)");
    });
  });

  describe('removeRelation', () => {
    it('emits departed for each unit, then broken', async () => {
      const harness = recorder();
      const id = await harness.addRelation('db', 'pg');
      await harness.addRelationUnit(id, 'pg/0');
      await harness.addRelationUnit(id, 'pg/1');
      seen.length = 0;
      await harness.removeRelation(id);
      expect(seen).toEqual([
        'db-relation-departed pg/0 departing=pg/0',
        'db-relation-departed pg/1 departing=pg/1',
        'db-relation-broken pg',
      ]);
    });

    it('hides the broken relation from the model during relation-broken, and removes it after', async () => {
      const harness = webHarness(ViewCharm);
      harness.begin();
      const id = await harness.addRelation('db', 'pg');
      await harness.removeRelation(id);
      await harness.emit('update-status');
      expect(views).toEqual(['broken live=0', 'tick relations=0']);
      expect(() => harness.getRelationData(id, 'pg')).toThrow(`there is no relation ${id}`);
    });

    it('refuses an unknown id', async () => {
      await expect(recorder().removeRelation(3)).rejects.toThrow('removeRelation(3): there is no relation 3 (relations: none)');
    });
  });

  describe('peer relations', () => {
    it('share one app bag that every unit may read', async () => {
      const harness = recorder();
      const id = await harness.addRelation('cluster', 'web');
      await harness.updateRelationData(id, 'web', { shared: 'yes' });
      expect(harness.model.getRelation('cluster')?.data(harness.model.app).get('shared')).toBe('yes');
    });

    it('tell the charm about other units of its app', async () => {
      const harness = webHarness(ViewCharm);
      harness.begin();
      const id = await harness.addRelation('cluster', 'web');
      await harness.addRelationUnit(id, 'web/1');
      expect(views).toEqual(['peer web/1 app=web']);
    });
  });

  describe('peer units', () => {
    it('emit relation-changed when another peer bag changes', async () => {
      const harness = recorder();
      const id = await harness.addRelation('cluster', 'web');
      await harness.addRelationUnit(id, 'web/1');
      seen.length = 0;
      await harness.updateRelationData(id, 'web/1', { addr: '10.0.0.2' });
      expect(seen).toEqual(['cluster-relation-changed web/1']);
    });

    it('are seeded with the first other unit of this app', async () => {
      const harness = recorder();
      const id = await harness.addRelation('cluster', 'web', { unitData: { addr: 'a' } });
      expect(seen).toEqual(['cluster-relation-created web', 'cluster-relation-joined web/1', 'cluster-relation-changed web/1']);
      expect(harness.getRelationData(id, 'web/1')).toEqual({ addr: 'a' });
    });

    it('depart like remote units', async () => {
      const harness = recorder();
      const id = await harness.addRelation('cluster', 'web');
      await harness.addRelationUnit(id, 'web/2');
      seen.length = 0;
      await harness.removeRelationUnit(id, 'web/2');
      expect(seen).toEqual(['cluster-relation-departed web/2 departing=web/2']);
    });
  });

  describe('getRelationData', () => {
    it('returns a copy the test cannot use to change Juju', async () => {
      const harness = recorder();
      const id = await harness.addRelation('db', 'pg', { appData: { a: 'b' } });
      harness.getRelationData(id, 'pg')['a'] = 'changed';
      expect(harness.getRelationData(id, 'pg')).toEqual({ a: 'b' });
    });

    it('refuses a peer relation remote app bag (peers have one app bag)', async () => {
      const harness = recorder();
      const id = await harness.addRelation('cluster', 'web');
      expect(harness.getRelationData(id, 'web')).toEqual({});
      expect(() => harness.getRelationData(id, 'other')).toThrow(HarnessError);
    });
  });
});
