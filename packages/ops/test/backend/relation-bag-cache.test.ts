import { RelationBagCache, type BagKey } from '../../src/backend/relation-bag-cache';

const bag = (member = 'web/0', isApp = false, id = 3): BagKey => ({ rel: { endpoint: 'db', id }, member, isApp });

describe('RelationBagCache', () => {
  it('knows nothing of a bag never stored', () => {
    expect(new RelationBagCache().read(bag())).toBeUndefined();
  });

  it('overlays pending writes on the stored bag, an empty string deleting', () => {
    const cache = new RelationBagCache();
    cache.store(bag(), { a: '1', b: '2' });
    cache.write(bag(), { a: '9', b: '' });
    expect(cache.read(bag())).toEqual({ a: '9' });
  });

  it('keeps bags of different members, kinds and relations apart', () => {
    const cache = new RelationBagCache();
    cache.store(bag('web/0'), { x: 'unit' });
    cache.store(bag('web', true), { x: 'app' });
    cache.store(bag('web/0', false, 4), { x: 'other' });
    expect([cache.read(bag('web/0'))?.['x'], cache.read(bag('web', true))?.['x'], cache.read(bag('web/0', false, 4))?.['x']]).toEqual([
      'unit',
      'app',
      'other',
    ]);
  });

  it('merges writes per bag, later values winning, in first-written order', () => {
    const cache = new RelationBagCache();
    cache.write(bag('web', true), { a: '1' });
    cache.write(bag(), { b: '1' });
    cache.write(bag('web', true), { a: '2', c: '3' });
    expect(cache.pendingBags().map((p) => [p.member, p.changes])).toEqual([
      ['web', { a: '2', c: '3' }],
      ['web/0', { b: '1' }],
    ]);
  });

  it('folds sent writes into the stored bag and forgets them', () => {
    const cache = new RelationBagCache();
    cache.store(bag(), { a: '1' });
    cache.write(bag(), { b: '2' });
    cache.markSent(bag());
    expect(cache.pendingBags()).toEqual([]);
    expect(cache.read(bag())).toEqual({ a: '1', b: '2' });
  });
});
