import { State, createState, container, relation } from '../../src/context';

describe('createState', () => {
  describe('with nothing given', () => {
    const state = createState();

    it("fills Juju's defaults", () => {
      expect(state).toMatchObject({
        model: { name: 'test-model', type: 'kubernetes' },
        leader: false,
        config: {},
        relations: [],
        containers: [],
        unitStatus: { status: 'unknown', message: '' },
        appStatus: { status: 'unknown', message: '' },
        plannedUnits: 1,
        storedState: {},
        deferred: [],
      });
    });

    it('has no unit name: the Context owns it', () => {
      expect('unitName' in state).toBe(false);
    });
  });

  it('is deep-frozen', () => {
    const state = createState({ relations: [relation('db', { remoteAppData: { a: '1' } })], containers: [container('web')] });
    expect(Object.isFrozen(state)).toBe(true);
    expect(Object.isFrozen(state.relations[0]?.remoteAppData)).toBe(true);
    expect(Object.isFrozen(state.containers[0]?.layers)).toBe(true);
    expect(() => {
      (state.relations[0]?.remoteAppData as Record<string, string>)['a'] = '2';
    }).toThrow(TypeError);
  });

  it("does not freeze or keep the caller's objects", () => {
    const bag = { host: 'a' };
    const state = createState({ relations: [{ endpoint: 'db', remoteAppData: bag }] });
    bag.host = 'b';
    expect(Object.isFrozen(bag)).toBe(false);
    expect(state.relations[0]?.remoteAppData).toEqual({ host: 'a' });
  });

  it('completes plain relation input with an id and default bags', () => {
    const state = createState({ relations: [{ endpoint: 'db' }] });
    expect(state.relations[0]).toMatchObject({ endpoint: 'db', remoteApp: 'remote', remoteUnits: { 'remote/0': {} } });
    expect(typeof state.relations[0]?.id).toBe('number');
  });

  it('keeps stored state and deferred entries', () => {
    const state = createState({ storedState: { 'C.s': { n: 1 } }, deferred: [{ event: { kind: 'install' }, handler: 'C.m' }] });
    expect(state.storedState).toEqual({ 'C.s': { n: 1 } });
    expect(state.deferred).toEqual([{ event: { kind: 'install' }, handler: 'C.m' }]);
  });

  it('completes containers given as plain input', () => {
    const state = createState({ containers: [{ name: 'web' }] });
    expect(state.containers[0]).toEqual({ name: 'web', canConnect: true, layers: {}, serviceStatuses: {}, filesystem: {}, execs: [], notices: [], checks: [] });
  });

  it('is also spelled State.create', () => {
    expect(State.create({ leader: true }).leader).toBe(true);
  });

  it('makes an independent copy for each call', () => {
    expect(createState()).not.toBe(createState());
  });
});
