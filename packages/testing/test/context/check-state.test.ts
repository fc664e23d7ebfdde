import { parseCharmcraftYaml } from '@jujuts/ops/internal';
import { checkState } from '../../src/context/check-state';
import { container, createState, peerRelation, relation, secret, storage, subordinateRelation, network, type StateInput } from '../../src/context';
import { WEB_YAML } from './context-fixture';

const meta = parseCharmcraftYaml(WEB_YAML, 'charmcraft.yaml');
const problems = (input: StateInput) => checkState(createState(input), meta);

describe('checkState', () => {
  it('finds nothing wrong with a State that matches the charm', () => {
    expect(
      problems({
        config: { port: 1, name: 'x' },
        relations: [relation('db'), peerRelation('cluster'), subordinateRelation('logging')],
        containers: [container('web')],
        storages: [storage('data')],
        resources: { image: '/tmp/image' },
        networks: { metrics: network() },
      }),
    ).toEqual([]);
  });

  describe('config', () => {
    it('refuses an undeclared option and lists the declared ones', () => {
      expect(problems({ config: { colour: 'red' } })).toEqual([
        'config option "colour" is not declared in charmcraft.yaml (declared: port, name, crash, wait); remove it from the State\'s config or declare it under config.options',
      ]);
    });

    it.each([
      ['port', 'eighty', 'int'],
      ['port', 1.5, 'int'],
      ['name', 3, 'string'],
      ['crash', 'yes', 'boolean'],
    ])('refuses %s = %j (not a %s)', (name, value, type) => {
      expect(problems({ config: { [name]: value } })).toEqual([
        `config option "${name}" is of type ${type} but the State gives ${JSON.stringify(value)} (${typeof value}); give a ${type} value`,
      ]);
    });
  });

  describe('relations', () => {
    it('refuses an undeclared endpoint', () => {
      const r = relation('database');
      expect(problems({ relations: [r] })).toEqual([
        `relation database:${r.id}: charmcraft.yaml declares no endpoint "database" (declared: db, logging, website, cluster); fix the endpoint name or declare it`,
      ]);
    });

    it('asks for peerRelation() on a peer endpoint', () => {
      const r = relation('cluster');
      expect(problems({ relations: [r] })).toContain(`relation cluster:${r.id}: "cluster" is a peer endpoint; build it with peerRelation('cluster')`);
    });

    it('asks for relation() when a regular endpoint is built as a peer', () => {
      const r = peerRelation('db');
      expect(problems({ relations: [r] })).toContain(`relation db:${r.id}: "db" is a requires endpoint, not a peer one; build it with relation('db')`);
    });

    it('refuses remote app data on a peer relation', () => {
      const r = { ...peerRelation('cluster'), remoteAppData: { a: '1' } };
      expect(problems({ relations: [r] })).toEqual([`relation cluster:${r.id}: a peer relation has no remote application bag; put the shared data in localAppData`]);
    });

    it('asks for subordinateRelation() on a container-scoped endpoint', () => {
      const r = relation('logging');
      expect(problems({ relations: [r] })).toContain(`relation logging:${r.id}: "logging" has scope: container; build it with subordinateRelation('logging')`);
    });

    it('refuses a subordinate relation with several remote units', () => {
      const r = { ...subordinateRelation('logging'), remoteUnits: { 'remote/0': {}, 'remote/1': {} } };
      expect(problems({ relations: [r] })).toContain(
        `relation logging:${r.id}: a subordinate relation joins exactly one principal unit, the State gives 2; give one remote unit`,
      );
    });

    it('refuses two relations with the same id', () => {
      const a = relation('db', { id: 700 });
      const b = relation('website', { id: 700 });
      expect(problems({ relations: [a, b] })).toEqual(['relation website:700: another relation has id 700; give each relation its own id (or let relation() choose)']);
    });

    it('refuses remote units of another application', () => {
      const r = relation('db', { remoteApp: 'pg', remoteUnits: { 'mysql/0': {} } });
      expect(problems({ relations: [r] })).toEqual([`relation db:${r.id}: remote units mysql/0 do not belong to the remote application "pg"; name them pg/<n>`]);
    });
  });

  describe('containers', () => {
    it('refuses an undeclared container', () => {
      expect(problems({ containers: [container('db')] })).toEqual([
        'container "db" is not declared in charmcraft.yaml (declared: web); fix the name or declare it under containers',
      ]);
    });

    it('refuses the same container twice', () => {
      expect(problems({ containers: [container('web'), container('web')] })).toEqual(['container "web" appears twice in the State; keep one']);
    });

    it('refuses a service status without a layer defining the service', () => {
      expect(problems({ containers: [container('web', { serviceStatuses: { nginx: 'active' } })] })).toEqual([
        'container "web": service "nginx" has a status but no layer defines it; add a layer with the service or drop the status',
      ]);
    });

    it('refuses a check status without a layer defining the check', () => {
      expect(problems({ containers: [container('web', { checks: [{ name: 'alive', status: 'down' }] })] })).toEqual([
        'container "web": check "alive" has a status but no layer defines it; add the check to a layer',
      ]);
    });

    it('refuses a relative file path', () => {
      expect(problems({ containers: [container('web', { filesystem: { 'etc/x': '' } })] })).toEqual(['container "web": file path "etc/x" is not absolute; start it with /']);
    });

    it('refuses containers on a machine model', () => {
      expect(problems({ model: { type: 'machine' }, containers: [container('web')] })).toEqual([
        "the State has containers but its model is a machine model; containers exist only on Kubernetes: set model: { type: 'kubernetes' }",
      ]);
    });
  });

  describe('storage, resources, networks, secrets', () => {
    it('refuses undeclared storage', () => {
      expect(problems({ storages: [storage('logs')] })).toEqual(['storage logs/0: charmcraft.yaml declares no storage "logs" (declared: data)']);
    });

    it('refuses the same storage instance twice, suggesting another index', () => {
      expect(problems({ storages: [storage('data'), storage('data')] })).toEqual([
        "storage data/0 appears twice in the State; give the second one another index: storage('data', { index: 1 })",
      ]);
    });

    it('refuses an undeclared resource', () => {
      expect(problems({ resources: { tarball: '/x' } })).toEqual(['resource "tarball" is not declared in charmcraft.yaml (declared: image)']);
    });

    it('refuses a network for an unknown binding', () => {
      expect(problems({ networks: { public: network() } })).toEqual([
        'network "public" is neither an endpoint nor an extra-binding of the charm (known: db, logging, website, cluster, metrics); fix the binding name',
      ]);
    });

    it('refuses a tracked revision the secret does not have', () => {
      const s = secret({ content: { a: '1' }, trackedRevision: 4 });
      expect(problems({ secrets: [s] })).toEqual([`secret ${s.id}: trackedRevision 4 is not one of its revisions (1)`]);
    });

    it('refuses a rotation time that is not a time', () => {
      const s = secret({ content: { a: '1' }, rotate: 'daily', rotates: 'tomorrow' });
      expect(problems({ secrets: [s] })).toEqual([`secret ${s.id}: rotates "tomorrow" is not an RFC 3339 time; give one like '2030-01-01T00:00:00Z', or leave it out`]);
    });

    it('refuses the same secret twice', () => {
      const s = secret({ content: { a: '1' } });
      expect(problems({ secrets: [s, s] })).toEqual([`secret ${s.id} appears twice in the State; keep one`]);
    });

    it('refuses fewer than one planned unit', () => {
      expect(problems({ plannedUnits: 0 })).toEqual(['plannedUnits is 0; an application with a running unit plans at least 1']);
    });
  });

  describe('peers, given the unit', () => {
    const unit = { appName: 'web', unitName: 'web/0' };

    it('refuses our own unit as a peer', () => {
      const r = peerRelation('cluster', { peers: { 'web/0': {} } });
      expect(checkState(createState({ relations: [r] }), meta, unit)).toEqual([`peer relation cluster:${r.id}: web/0 is this unit itself; list only the other units of web as peers`]);
    });

    it('refuses a peer of another application', () => {
      const r = peerRelation('cluster', { peers: { 'db/1': {} } });
      expect(checkState(createState({ relations: [r] }), meta, unit)).toEqual([`peer relation cluster:${r.id}: db/1 is not a unit of web; peers are units of our own application, web/<n>`]);
    });

    it('accepts the other units of our application', () => {
      expect(checkState(createState({ relations: [peerRelation('cluster', { peers: { 'web/1': {}, 'web/2': {} } })] }), meta, unit)).toEqual([]);
    });
  });

  it('lists every problem at once', () => {
    expect(problems({ config: { colour: 'red' }, storages: [storage('logs')], plannedUnits: 0 })).toHaveLength(3);
  });
});
