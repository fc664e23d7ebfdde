import { ModelError } from '../../src/errors';
import { makeModel } from './support/fixtures';

jest.mock('../../src/model/container', () => ({ Container: class {} }), { virtual: true });

function withData(b: { storages: Record<string, string[]>; storageDetails: Record<string, { kind: string; location: string }> }): void {
  b.storages = { data: ['data/0', 'data/1'] };
  b.storageDetails = { 'data/0': { kind: 'filesystem', location: '/srv/data/0' }, 'data/1': { kind: 'filesystem', location: '/srv/data/1' } };
}

describe('storages', () => {
  it('lists the attached instances once per hook', () => {
    const { model, backend } = makeModel(withData);
    const list = model.storages.get('data');
    expect(list.map((s) => [s.name, s.id, s.fullId])).toEqual([
      ['data', 0, 'data/0'],
      ['data', 1, 'data/1'],
    ]);
    model.storages.get('data');
    expect(backend.callsTo('storageList')).toHaveLength(1);
  });

  it('reads location and kind lazily with one storage-get', () => {
    const { model, backend } = makeModel(withData);
    const s = model.storages.get('data')[1]!;
    expect(backend.callsTo('storageGet')).toHaveLength(0);
    expect(s.location).toBe('/srv/data/1');
    expect(s.kind).toBe('filesystem');
    expect(backend.callsTo('storageGet')).toEqual([['data/1']]);
  });

  it('finds an instance by full id, the same object get returns', () => {
    const { model } = makeModel(withData);
    expect(model.storages.byId('data/1')).toBe(model.storages.get('data')[1]);
    expect(() => model.storages.byId('data')).toThrow(/invalid storage id 'data'/);
  });

  it('refuses an undeclared storage, listing the declared ones', () => {
    const { model, backend } = makeModel(withData);
    expect(() => model.storages.get('logs')).toThrow(ModelError);
    expect(() => model.storages.get('logs')).toThrow("storage 'logs' is not declared in the charm's metadata (declared: data)");
    expect(backend.calls).toEqual([]);
  });

  describe('request', () => {
    it('runs storage-add', () => {
      const { model, backend } = makeModel(withData);
      model.storages.request('data', 2);
      model.storages.request('data');
      expect(backend.storageRequests).toEqual([
        ['data', 2],
        ['data', 1],
      ]);
    });

    it('checks the name and count first', () => {
      const { model, backend } = makeModel(withData);
      expect(() => model.storages.request('logs')).toThrow(/storage 'logs' is not declared/);
      expect(() => model.storages.request('data', 0)).toThrow(/count must be a positive integer/);
      expect(backend.calls).toEqual([]);
    });
  });
});
