import { FakeJuju } from '../../src/juju';
import { dbRelation, unitWith } from './juju-fixture';

function hookWithWrites() {
  const fixture = unitWith({ leader: true, relations: [dbRelation()] });
  const { backend } = fixture;
  const ref = { endpoint: 'db', id: 3 };
  backend.relationSet(ref, { host: 'web-0' }, false);
  backend.openPort({ protocol: 'tcp', port: 8080 });
  backend.stateSet({ counter: '1' });
  backend.storageAdd('data', 2);
  backend.secretAdd({ token: 'abc' }, {});
  backend.statusSet('active', 'ready', false);
  backend.statusSet('waiting', 'for db', true);
  backend.applicationVersionSet('1.2.3');
  backend.jujuLog('INFO', 'hello');
  return { ...fixture, ref };
}

describe('FakeJuju', () => {
  describe('within a hook', () => {
    it('shows the hook its own pending writes while the committed state is unchanged', () => {
      const { backend, juju, ref } = hookWithWrites();
      expect(backend.relationGet(ref, 'app/0', false)).toMatchObject({ host: 'web-0' });
      expect(backend.openedPorts()).toEqual([{ protocol: 'tcp', port: 8080 }]);
      expect(backend.stateGet()).toEqual({ counter: '1' });
      expect(juju.state.relations[0]?.localUnitData['host']).toBeUndefined();
      expect(juju.state.openedPorts).toEqual([]);
      expect(juju.state.stateStore).toEqual({});
    });
  });

  describe('copying for a hook (copy on write)', () => {
    it('copies only the part a hook writes, and leaves the committed part untouched', () => {
      const { backend, juju } = unitWith({ relations: [dbRelation()] });
      backend.relationSet({ endpoint: 'db', id: 3 }, { host: 'web-0' }, false);
      expect(juju.view().relations).not.toBe(juju.state.relations);
      expect(juju.view().secrets).toBe(juju.state.secrets);
      expect(juju.view().config).toBe(juju.state.config);
      backend.openPort({ protocol: 'tcp', port: 80 });
      expect(juju.state.openedPorts).toEqual([]);
      juju.endHook(false);
      expect(juju.state.relations[0]?.localUnitData['host']).toBeUndefined();
    });

    it('applies a change Juju makes mid-hook once to each state, after a write', () => {
      const { backend, juju } = unitWith({ relations: [dbRelation()] });
      backend.relationSet({ endpoint: 'db', id: 3 }, { host: 'web-0' }, false);
      juju.applyNow((s) => s.openedPorts.push({ protocol: 'udp', port: 53 }));
      juju.applyNow((s) => {
        s.config['extra'] = 'x';
      });
      expect(juju.state.openedPorts).toEqual([{ protocol: 'udp', port: 53 }]);
      expect(juju.view().openedPorts).toEqual([{ protocol: 'udp', port: 53 }]);
      expect(juju.view().config['extra']).toBe('x');
      juju.endHook(true);
      expect(juju.state.openedPorts).toEqual([{ protocol: 'udp', port: 53 }]);
      expect(juju.state.relations[0]?.localUnitData['host']).toBe('web-0');
    });

    it('applies a change Juju makes mid-hook before any write, and the hook still sees it', () => {
      const { juju } = unitWith({ relations: [dbRelation()] });
      juju.pending();
      juju.applyNow((s) => s.openedPorts.push({ protocol: 'udp', port: 53 }));
      expect(juju.view().openedPorts).toEqual([{ protocol: 'udp', port: 53 }]);
      juju.ports.open({ protocol: 'tcp', port: 80 });
      expect(juju.state.openedPorts).toEqual([{ protocol: 'udp', port: 53 }]);
      juju.endHook(false);
      expect(juju.state.openedPorts).toEqual([{ protocol: 'udp', port: 53 }]);
    });

    it('replaces a part at once in both states with setNow, keeping the hook\'s other writes pending', () => {
      const { backend, juju } = unitWith({ relations: [dbRelation()] });
      backend.relationSet({ endpoint: 'db', id: 3 }, { host: 'web-0' }, false);
      backend.statusSet('active', 'ready', false);
      expect(juju.state.unitStatus).toEqual({ status: 'active', message: 'ready' });
      expect(juju.view().unitStatus).toEqual({ status: 'active', message: 'ready' });
      expect(juju.state.relations[0]?.localUnitData['host']).toBeUndefined();
    });
  });

  describe('when the hook succeeds', () => {
    it('commits relation data, ports, secrets, the state store and storage requests', () => {
      const { juju } = hookWithWrites();
      juju.endHook(true);
      expect(juju.state.relations[0]?.localUnitData['host']).toBe('web-0');
      expect(juju.state.openedPorts).toEqual([{ protocol: 'tcp', port: 8080 }]);
      expect(juju.state.stateStore).toEqual({ counter: '1' });
      expect(juju.state.secrets).toHaveLength(1);
      expect(juju.outputs.requestedStorage).toEqual([{ name: 'data', count: 2 }]);
    });
  });

  describe('when the hook fails', () => {
    it('discards the transactional writes', () => {
      const { juju } = hookWithWrites();
      juju.endHook(false);
      expect(juju.state.relations[0]?.localUnitData['host']).toBeUndefined();
      expect(juju.state.openedPorts).toEqual([]);
      expect(juju.state.stateStore).toEqual({});
      expect(juju.state.secrets).toEqual([]);
      expect(juju.outputs.requestedStorage).toEqual([]);
    });

    it('keeps status, workload version, logs and their histories', () => {
      const { juju } = hookWithWrites();
      juju.endHook(false);
      expect(juju.state.unitStatus).toEqual({ status: 'active', message: 'ready' });
      expect(juju.state.appStatus).toEqual({ status: 'waiting', message: 'for db' });
      expect(juju.state.workloadVersion).toBe('1.2.3');
      expect(juju.outputs.unitStatusHistory).toEqual([{ status: 'active', message: 'ready' }]);
      expect(juju.outputs.appStatusHistory).toEqual([{ status: 'waiting', message: 'for db' }]);
      expect(juju.outputs.workloadVersionHistory).toEqual(['1.2.3']);
      expect(juju.outputs.logs).toContainEqual({ level: 'INFO', message: 'hello' });
    });
  });

  describe('as a document', () => {
    it('round-trips state, pending changes and outputs through JSON', () => {
      const { juju } = hookWithWrites();
      const copy = FakeJuju.fromDocument(JSON.parse(JSON.stringify(juju.toDocument())));
      expect(copy.view().stateStore).toEqual({ counter: '1' });
      expect(copy.outputs.commands.map((c) => c.command)).toContain('relation-set');
      copy.endHook(true);
      expect(copy.state.openedPorts).toEqual([{ protocol: 'tcp', port: 8080 }]);
    });

    it('never mutates the state it was given', () => {
      const { juju } = unitWith();
      const given = Object.freeze(structuredClone(juju.state));
      const fake = new FakeJuju(given);
      fake.status.set('active', '', false);
      expect(given.unitStatus.status).toBe('unknown');
    });
  });

  describe('commands it records', () => {
    it('lists each command with its arguments, never secret content', () => {
      const { juju } = hookWithWrites();
      const secretAdd = juju.outputs.commands.find((c) => c.command === 'secret-add');
      expect(secretAdd?.args.join(' ')).not.toContain('abc');
      expect(juju.outputs.commands[0]).toEqual({
        command: 'relation-set',
        args: ['-r', 'db:3', '--file', '-'],
      });
    });
  });

  describe('other commands', () => {
    it('answers config, leadership, network, resources, goal state, credentials and reboot', () => {
      const { backend, juju } = unitWith({
        leader: true,
        config: { port: 8080 },
        relations: [dbRelation()],
        resources: { image: '/tmp/image.tar' },
        plannedUnits: 2,
        credential: { type: 'kubernetes' },
      });
      expect(backend.configGet()).toEqual({ port: 8080 });
      expect(backend.isLeader()).toBe(true);
      expect(backend.networkGet('db', 3).ingressAddresses).toEqual(['192.0.2.0']);
      expect(() => backend.networkGet('nope')).toThrow(/no network config found for binding "nope"/);
      expect(backend.resourceGet('image')).toBe('/tmp/image.tar');
      expect(Object.keys(backend.goalState().units)).toEqual(['app/0', 'app/1']);
      expect(backend.goalState().relations['db']).toEqual({
        pg: { status: 'joined' },
        'pg/0': { status: 'active' },
      });
      expect(backend.credentialGet()).toEqual({ type: 'kubernetes' });
      backend.reboot(true);
      expect(juju.outputs.reboot).toBe('now');
    });

    it('refuses credentials to an untrusted app', () => {
      const { backend } = unitWith();
      expect(() => backend.credentialGet()).toThrow(/not trusted/);
    });
  });
});
