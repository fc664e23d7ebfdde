import { CharmBase, relation, type RelationChangedEvent } from '@jujuts/ops';
import { HarnessError } from '../../src/harness';
import { recorder, webHarness } from './harness-fixture';

const db = relation('db');

/** Publishes the address the model gives for the relation, the way a charm tells a remote app where to connect. */
class AddressPublisher extends CharmBase {
  @db.changed
  onChanged(e: RelationChangedEvent) {
    e.relation.data(this.unit).set('address', this.model.getBinding(e.relation).network.ingressAddress ?? '');
  }
}

describe('addNetwork', () => {
  describe('with a relation id', () => {
    it("is what the model reports for that relation, and only for it", async () => {
      const harness = recorder();
      const cmr = await harness.addRelation('db', 'pg');
      const local = await harness.addRelation('db', 'pg-local');
      harness.addNetwork('10.20.0.4', { relationId: cmr });
      const binding = (id: number) => harness.model.getBinding(harness.model.getRelation('db', id) ?? 'db').network;
      expect(binding(cmr).ingressAddress).toBe('10.20.0.4');
      expect(binding(cmr).bindAddress).toBe('10.20.0.4');
      expect(binding(local).ingressAddress).toBe('192.0.2.0');
      expect(harness.model.getBinding('db').network.ingressAddress).toBe('192.0.2.0');
    });

    it("uses the relation's endpoint when none is given, leaving the endpoint's binding as it was", async () => {
      const harness = recorder();
      const id = await harness.addRelation('db', 'pg');
      harness.addNetwork('10.20.0.4', { relationId: id, cidr: '10.20.0.0/16' });
      expect(harness.juju.network('db', id).egressSubnets).toEqual(['10.20.0.0/16']);
      expect(harness.juju.state.networks['db']?.ingressAddresses).toEqual(['192.0.2.0']);
    });

    it('accepts the endpoint when it is the relation’s own', async () => {
      const harness = recorder();
      const id = await harness.addRelation('db', 'pg');
      harness.addNetwork('10.20.0.4', { endpoint: 'db', relationId: id });
      expect(harness.juju.network('db', id).ingressAddresses).toEqual(['10.20.0.4']);
    });

    it('replaces the network a previous call gave the relation', async () => {
      const harness = recorder();
      const id = await harness.addRelation('db', 'pg');
      harness.addNetwork('10.20.0.4', { relationId: id });
      harness.addNetwork('10.20.0.5', { relationId: id });
      expect(harness.juju.network('db', id).ingressAddresses).toEqual(['10.20.0.5']);
    });

    it('is what a charm handling the relation reads through model.getBinding(relation)', async () => {
      const harness = webHarness(AddressPublisher);
      harness.begin();
      const id = await harness.addRelation('db', 'pg');
      harness.addNetwork('10.20.0.4', { relationId: id });
      await harness.updateRelationData(id, 'pg', { ready: 'yes' });
      expect(harness.getRelationData(id, 'web/0')['address']).toBe('10.20.0.4');
    });

    it('lasts across hooks that write the relation', async () => {
      const harness = webHarness(AddressPublisher);
      harness.begin();
      const id = await harness.addRelation('db', 'pg');
      harness.addNetwork('10.20.0.4', { relationId: id });
      await harness.updateRelationData(id, 'pg', { ready: 'yes' });
      await harness.updateRelationData(id, 'pg', { ready: 'again' });
      expect(harness.juju.network('db', id).ingressAddresses).toEqual(['10.20.0.4']);
      expect(harness.getRelationData(id, 'web/0')['address']).toBe('10.20.0.4');
    });

    it('refuses an endpoint other than the relation’s, naming both', async () => {
      const harness = recorder();
      const id = await harness.addRelation('db', 'pg');
      const call = () => harness.addNetwork('10.20.0.4', { endpoint: 'website', relationId: id });
      expect(call).toThrow(HarnessError);
      expect(call).toThrow(
        `addNetwork('10.20.0.4'): relation ${id} is on endpoint db, not website; give { endpoint: 'db', relationId: ${id} } or leave the endpoint out`,
      );
      expect(harness.juju.network('db', id).ingressAddresses).toEqual(['192.0.2.0']);
    });

    it('refuses a relation that has not been added, naming the ones there are', async () => {
      const harness = recorder();
      const id = await harness.addRelation('db', 'pg');
      const call = () => harness.addNetwork('10.20.0.4', { relationId: id + 7 });
      expect(call).toThrow(HarnessError);
      expect(call).toThrow(`addNetwork('10.20.0.4'): there is no relation ${id + 7} (relations: db:${id}); add one with addRelation(endpoint, remoteApp)`);
    });

    it('refuses a relation that has been removed', async () => {
      const harness = recorder();
      const id = await harness.addRelation('db', 'pg');
      await harness.removeRelation(id);
      expect(() => harness.addNetwork('10.20.0.4', { relationId: id })).toThrow(`there is no relation ${id}`);
    });
  });
});
