import { container, network, peerRelation, relation, secret, storage, subordinateRelation } from '../../src/context';

describe('relation', () => {
  it('has one remote unit remote/0 with the bag Juju fills', () => {
    const r = relation('db');
    expect(Object.keys(r.remoteUnits)).toEqual(['remote/0']);
    expect(r.remoteUnits['remote/0']).toHaveProperty('ingress-address');
    expect(r).toMatchObject({ endpoint: 'db', interface: 'db', peer: false, subordinate: false, remoteApp: 'remote' });
  });

  it('names default units after the remote app', () => {
    expect(Object.keys(relation('db', { remoteApp: 'pg' }).remoteUnits)).toEqual(['pg/0']);
  });

  it('gives every relation a distinct id', () => {
    expect(relation('db').id).not.toBe(relation('db').id);
  });

  it('keeps a chosen id and never hands it out again', () => {
    const chosen = relation('db', { id: 5000 });
    expect(chosen.id).toBe(5000);
    expect(relation('db').id).toBeGreaterThan(5000);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(relation('db').remoteUnits)).toBe(true);
  });
});

describe('peerRelation', () => {
  it('is a peer relation whose peers are given by unit', () => {
    const r = peerRelation('cluster', { peers: { 'web/1': { a: '1' } } });
    expect(r).toMatchObject({ peer: true, remoteUnits: { 'web/1': { a: '1' } }, remoteAppData: {} });
  });

  it('has no peers by default', () => {
    expect(peerRelation('cluster').remoteUnits).toEqual({});
  });
});

describe('subordinateRelation', () => {
  it('joins exactly one principal unit', () => {
    const r = subordinateRelation('logging', { remoteUnit: 'app/4', remoteUnitData: { k: 'v' } });
    expect(r).toMatchObject({ subordinate: true, remoteApp: 'app', remoteUnits: { 'app/4': { k: 'v' } } });
  });
});

describe('secret', () => {
  it('makes a one-revision secret from content with a Juju secret id', () => {
    const s = secret({ content: { a: '1' } });
    expect(s.id).toMatch(/^secret:[0-9a-v]{20}$/);
    expect(s.revisions).toEqual([{ revision: 1, content: { a: '1' } }]);
    expect(s.trackedRevision).toBe(1);
  });

  it('tracks the latest of several revisions', () => {
    expect(secret({ revisions: [{ revision: 1, content: {} }, { revision: 3, content: {} }] }).trackedRevision).toBe(3);
  });

  it('refuses a secret without content, saying how to give it', () => {
    expect(() => secret({ label: 'x' })).toThrow('secret(x): give it content or revisions, for example secret({ content: { key: \'value\' } })');
  });

  describe('when it has a rotate policy', () => {
    beforeEach(() => jest.useFakeTimers({ now: new Date('2026-05-04T08:00:00.000Z') }));
    afterEach(() => jest.useRealTimers());

    it('next rotates one interval from now, as Juju sets it', () => {
      expect(secret({ content: { a: '1' }, rotate: 'weekly' }).rotates).toBe('2026-05-11T08:00:00.000Z');
    });

    it('keeps a rotation time the test gives', () => {
      expect(secret({ content: { a: '1' }, rotate: 'daily', rotates: '2026-05-04T08:30:00.000Z' }).rotates).toBe('2026-05-04T08:30:00.000Z');
    });

    it('has none for never', () => {
      expect(secret({ content: { a: '1' }, rotate: 'never' })).not.toHaveProperty('rotates');
    });
  });
});

describe('storage', () => {
  it('is index 0 under the default location', () => {
    expect(storage('data')).toEqual({ name: 'data', index: 0, location: '/var/lib/juju/storage/data/0', kind: 'filesystem' });
  });

  it('takes an index', () => {
    expect(storage('data', { index: 2 }).location).toBe('/var/lib/juju/storage/data/2');
  });
});

describe('network', () => {
  it('reports one address by default', () => {
    expect(network().ingressAddresses).toEqual(['192.0.2.0']);
  });

  it('takes an address and subnet', () => {
    const n = network({ address: '10.0.0.5', cidr: '10.0.0.0/24' });
    expect(n.bindAddresses[0]?.addresses[0]).toEqual({ value: '10.0.0.5', cidr: '10.0.0.0/24' });
    expect(n.egressSubnets).toEqual(['10.0.0.0/24']);
  });
});

describe('container', () => {
  it('can connect by default', () => {
    expect(container('web').canConnect).toBe(true);
  });

  it('completes notices with the custom type and empty data', () => {
    expect(container('web', { notices: [{ key: 'example.com/a' }] }).notices).toEqual([{ type: 'custom', key: 'example.com/a', data: {} }]);
  });

  it('keeps exec handlers callable while freezing the rest', () => {
    const handler = () => ({ stdout: 'x' });
    const c = container('web', { execs: [{ command: ['x'], handler }] });
    expect(c.execs[0]?.handler).toBe(handler);
    expect(Object.isFrozen(c.execs)).toBe(true);
  });
});
