import { CharmBase, relation as endpoint, type RelationChangedEvent } from '@jujuts/ops';
import { Context, State, createState, network, peerRelation, relation, subordinateRelation } from '../../src/context';
import { WEB_YAML } from './context-fixture';

const db = endpoint('db');

/** Publishes the address the model gives for the relation, the way a charm tells a remote app where to connect. */
class AddressPublisher extends CharmBase {
  @db.changed
  onChanged(e: RelationChangedEvent) {
    e.relation.data(this.unit).set('address', this.model.getBinding(e.relation).network.ingressAddress ?? '');
  }
}

const ctx = new Context(AddressPublisher, { meta: WEB_YAML });

/** A cross-model db relation whose network (10.20.0.4) is not the endpoint's binding. */
function crossModelDb() {
  return relation('db', { remoteApp: 'pg', network: network({ address: '10.20.0.4', cidr: '10.20.0.0/24' }) });
}

describe('a relation network in the State builders', () => {
  it('is kept, frozen, on a relation given one', () => {
    const r = crossModelDb();
    expect(r.network?.ingressAddresses).toEqual(['10.20.0.4']);
    expect(Object.isFrozen(r.network?.ingressAddresses)).toBe(true);
  });

  it('is absent from a relation given none', () => {
    expect(relation('db')).not.toHaveProperty('network');
  });

  it('is accepted by peer and subordinate relations and by State.relation', () => {
    const own = network({ address: '10.30.0.1' });
    expect(peerRelation('cluster', { network: own }).network).toBe(own);
    expect(subordinateRelation('logging', { network: own }).network).toBe(own);
    expect(State.relation('db', { network: own }).network).toBe(own);
  });

  it('survives createState and a JSON round trip', () => {
    const state = createState({ relations: [crossModelDb()] });
    expect(JSON.parse(JSON.stringify(state)).relations[0].network).toEqual(crossModelDb().network);
  });
});

describe('a relation network in a Context run', () => {
  it('is the address the charm reads through model.getBinding(relation)', async () => {
    const rel = crossModelDb();
    const out = await ctx.run(ctx.on.relationChanged(rel), createState({ relations: [rel] }));
    expect(out.relations[0]?.localUnitData['address']).toBe('10.20.0.4');
  });

  it("leaves the endpoint's binding and the other relations at the binding's network", async () => {
    const rel = crossModelDb();
    const other = relation('db', { remoteApp: 'pg-local' });
    const { result } = await ctx.withCharm(createState({ relations: [rel, other] }), (c) => [
      c.model.getBinding('db').network.ingressAddress,
      c.model.getBinding(c.model.getRelation('db', other.id) ?? 'db').network.ingressAddress,
      c.model.getBinding(c.model.getRelation('db', rel.id) ?? 'db').network.ingressAddress,
    ]);
    expect(result).toEqual(['192.0.2.0', '192.0.2.0', '10.20.0.4']);
  });

  it('is carried to the output State and through a chained run', async () => {
    const rel = crossModelDb();
    const first = await ctx.run(ctx.on.relationChanged(rel), createState({ relations: [rel] }));
    expect(first.relations[0]?.network).toEqual(rel.network);
    const changed = State.relation('db', { ...first.relations[0], network: network({ address: '10.20.0.9' }) });
    const second = await ctx.run(ctx.on.relationChanged(changed), State.update(first, { relations: [changed] }));
    expect(second.relations[0]?.localUnitData['address']).toBe('10.20.0.9');
    expect(second.relations[0]?.network?.ingressAddresses).toEqual(['10.20.0.9']);
  });
});
