import type { ModelBackend } from '../../src/backend';
import { argvs, commandNames, hookCommandsUnit, onBoth, type ContractUnit } from './support/contract-units';
import { webUnit } from './support/contract-state';

const CONFIG = {
  'log-level': 'info',
  port: 8080,
  debug: true,
  ratio: 0.5,
  password: 'secret:d0000000000000000001',
};
const CLOUD = {
  type: 'lxd',
  name: 'localhost',
  credential: { 'auth-type': 'certificate', attrs: { 'client-cert': 'c' } },
};

const unitState = () =>
  webUnit({
    config: CONFIG,
    credential: CLOUD,
    storages: [
      { name: 'data', location: '/srv/data' },
      { name: 'data', location: '/srv/data1' },
    ],
    resources: { image: '/var/lib/juju/resources/image.tar' },
    stateStore: { kept: 'k' },
    plannedUnits: 3,
  });

// One hook touching every non-relation, non-secret read and write once.
function everyCall(b: ModelBackend) {
  const before = {
    config: b.configGet(),
    leader: b.isLeader(),
    goal: b.goalState(),
    unit: b.unitStatusGet(),
    secrets: b.secretIds(),
  };
  b.statusSet('active', 'ready', false);
  b.statusSet('blocked', '-needs a db', true);
  b.applicationVersionSet('-1.4.2');
  b.jujuLog('INFO', 'hello');
  b.jujuLog('WARNING', '--looks like a flag');
  b.openPort({ protocol: 'tcp', port: 80 });
  b.openPort({ protocol: 'udp', port: 53 });
  b.openPort({ protocol: 'tcp', port: 8000, toPort: 8999 });
  b.openPort({ protocol: 'icmp' });
  b.closePort({ protocol: 'tcp', port: 80 });
  b.storageAdd('data', 2);
  b.stateSet({ a: '1', empty: '' });
  const stateMid = b.stateGet();
  b.stateDelete('a');
  b.reboot(false);
  const after = {
    unit: b.unitStatusGet(),
    app: b.appStatusGet(),
    network: b.networkGet('db'),
    relationNetwork: b.networkGet('db', 3),
    storage: b.storageList('data'),
    storageDetails: b.storageGet('data/1'),
    resource: b.resourceGet('image'),
    ports: b.openedPorts(),
    credential: b.credentialGet(),
    stateMid,
    state: b.stateGet(),
  };
  b.commit();
  return { before, after };
}

function scenario(unit: ContractUnit) {
  const first = everyCall(unit.beginHook());
  unit.endHook(true);
  const failing = unit.beginHook();
  failing.openPort({ protocol: 'tcp', port: 443 });
  failing.stateSet({ lost: 'yes' });
  failing.storageAdd('data', 1);
  failing.statusSet('maintenance', 'during a failed hook', false);
  unit.endHook(false);
  const next = unit.beginHook();
  const second = { ports: next.openedPorts(), state: next.stateGet(), unit: next.unitStatusGet() };
  unit.endHook(true);
  const { state, outputs } = unit.document();
  return { first, second, state, outputs: { ...outputs, commands: commandNames(unit.document()) } };
}

describe('unit and model calls on both backends', () => {
  it('give the same answers, keep the same state and record the same outputs', async () => {
    const { hookCommands, inMemory } = await onBoth(unitState(), scenario);
    expect(hookCommands).toEqual(inMemory);
    const { first, second, outputs } = hookCommands;
    expect(first.before).toEqual({
      config: CONFIG,
      leader: true,
      goal: {
        units: {
          'web/0': { status: 'active' },
          'web/1': { status: 'active' },
          'web/2': { status: 'active' },
        },
        relations: {
          db: { pg: { status: 'joined' }, 'pg/0': { status: 'active' }, 'pg/1': { status: 'active' } },
          cluster: { web: { status: 'joined' }, 'web/1': { status: 'active' } },
        },
      },
      unit: { status: 'unknown', message: '' },
      // secret-ids prints null when the unit owns none.
      secrets: [],
    });
    expect(first.after).toEqual({
      unit: { status: 'active', message: 'ready' },
      app: {
        status: 'blocked',
        message: '-needs a db',
        units: { 'web/0': { status: 'active', message: 'ready' } },
      },
      network: {
        bindAddresses: [
          {
            macAddress: '',
            interfaceName: 'eth0',
            addresses: [{ value: '192.0.2.0', cidr: '192.0.2.0/24' }],
          },
        ],
        ingressAddresses: ['192.0.2.0'],
        egressSubnets: ['192.0.2.0/24'],
      },
      relationNetwork: first.after.network,
      storage: ['data/0', 'data/1'],
      storageDetails: { kind: 'filesystem', location: '/srv/data1' },
      resource: '/var/lib/juju/resources/image.tar',
      ports: [
        { protocol: 'udp', port: 53 },
        { protocol: 'tcp', port: 8000, toPort: 8999 },
        { protocol: 'icmp' },
      ],
      credential: CLOUD,
      stateMid: { kept: 'k', a: '1', empty: '' },
      state: { kept: 'k', empty: '' },
    });
    // A failed hook loses ports, state and storage requests but keeps its status, as Juju does.
    expect(second).toEqual({
      ports: first.after.ports,
      state: first.after.state,
      unit: { status: 'maintenance', message: 'during a failed hook' },
    });
    expect(outputs.requestedStorage).toEqual([{ name: 'data', count: 2 }]);
    expect(outputs.logs).toEqual([
      { level: 'INFO', message: 'hello' },
      { level: 'WARNING', message: '--looks like a flag' },
    ]);
    expect(outputs.workloadVersionHistory).toEqual(['-1.4.2']);
    expect(outputs.reboot).toBe('after-hook');
  });
});

describe('unit and model calls through the stand-in hook commands', () => {
  it('send the documented argv', async () => {
    const unit = await hookCommandsUnit(unitState());
    everyCall(unit.beginHook());
    expect(argvs(unit.document())).toEqual([
      ['config-get', '--format=json'],
      ['is-leader', '--format=json'],
      ['goal-state', '--format=json'],
      ['status-get', '--include-data', '--format=json'],
      ['secret-ids', '--format=json'],
      ['status-set', 'active', '--', 'ready'],
      ['status-set', '--application', 'blocked', '--', '-needs a db'],
      ['application-version-set', '--', '-1.4.2'],
      ['juju-log', '--log-level', 'INFO', '--', 'hello'],
      ['juju-log', '--log-level', 'WARNING', '--', '--looks like a flag'],
      ['open-port', '80/tcp'],
      ['open-port', '53/udp'],
      ['open-port', '8000-8999/tcp'],
      ['open-port', 'icmp'],
      ['close-port', '80/tcp'],
      ['storage-add', 'data=2'],
      ['state-set', '--file', '-'],
      ['state-get', '--format=json'],
      ['state-delete', 'a'],
      ['juju-reboot'],
      ['status-get', '--include-data', '--format=json'],
      ['status-get', '--include-data', '--format=json', '--application'],
      ['network-get', 'db', '--format=json'],
      ['network-get', 'db', '--format=json', '-r', '3'],
      ['storage-list', 'data', '--format=json'],
      ['storage-get', '-s', 'data/1', '--format=json'],
      ['resource-get', 'image'],
      ['opened-ports', '--format=json'],
      ['credential-get', '--format=json'],
      ['state-get', '--format=json'],
    ]);
  });

  it('asks for a reboot now with --now', async () => {
    const unit = await hookCommandsUnit(unitState());
    unit.beginHook().reboot(true);
    expect(argvs(unit.document())).toEqual([['juju-reboot', '--now']]);
    expect(unit.document().outputs.reboot).toBe('now');
  });
});
