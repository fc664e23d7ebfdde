import { CharmBase, on, type RelationChangedEvent } from '@jujuts/ops';
import { Harness } from '@jujuts/testing';

const seen: string[] = [];

class PeerCharm extends CharmBase {
  @on.relationChanged('cluster')
  onPeer(e: RelationChangedEvent): void {
    seen.push(`${e.app?.name ?? '-'}:${e.relation.data(e.relation.app ?? this.app).get('token') ?? '-'}`);
  }
}

const META = `
name: peer-charm
peers:
  cluster:
    interface: peer-charm-peers
`;

beforeEach(() => {
  seen.length = 0;
});

describe('updateRelationData on a peer relation', () => {
  describe('when this unit is not the leader', () => {
    it('emits relation-changed for a change of the shared app bag (the leader wrote it)', async () => {
      const harness = new Harness(PeerCharm, { meta: META, leader: false });
      const id = await harness.addRelation('cluster', 'peer-charm');
      harness.begin();
      await harness.updateRelationData(id, 'peer-charm', { token: 'abc' });
      expect(seen).toEqual(['peer-charm:abc']);
    });
  });

  describe('when this unit is the leader', () => {
    it('emits nothing: the leader made the change itself', async () => {
      const harness = new Harness(PeerCharm, { meta: META, leader: true });
      const id = await harness.addRelation('cluster', 'peer-charm');
      harness.begin();
      await harness.updateRelationData(id, 'peer-charm', { token: 'abc' });
      expect(seen).toEqual([]);
    });
  });
});
