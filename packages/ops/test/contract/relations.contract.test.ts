import type { ModelBackend, RelationRef } from '../../src/backend';
import { argvs, hookCommandsUnit, onBoth, type ContractUnit } from './support/contract-units';
import { webUnit } from './support/contract-state';
import { attempt } from './support/outcome';

const DB: RelationRef = { endpoint: 'db', id: 3 };
const CLUSTER: RelationRef = { endpoint: 'cluster', id: 7 };

// Reads every relation fact once, writes our unit and app bags in several calls, then commits.
function readAndWrite(b: ModelBackend) {
  const reads = {
    ids: [b.relationIds('db'), b.relationIds('cluster'), b.relationIds('website')],
    units: b.relationList(DB),
    peers: b.relationList(CLUSTER),
    remoteApp: b.relationRemoteApp(DB),
    remoteUnitBag: b.relationGet(DB, 'pg/0', false),
    remoteAppBag: b.relationGet(DB, 'pg', true),
    ourAppBag: b.relationGet(DB, 'web', true),
    peerUnitBag: b.relationGet(CLUSTER, 'web/1', false),
    peerAppBag: b.relationGet(CLUSTER, 'web', true),
    remoteModel: b.relationModelUuid(DB),
    ourModel: b.relationModelUuid(CLUSTER),
  };
  b.relationSet(DB, { a: '1', b: '2' }, false);
  b.relationSet(DB, { b: '', c: '3', mine: '' }, false);
  b.relationSet(DB, { x: 'y' }, true);
  b.relationSet(CLUSTER, { shared: 'changed' }, true);
  const ownBagAfterWrites = b.relationGet(DB, 'web/0', false);
  b.commit();
  return { reads, ownBagAfterWrites };
}

function scenario(unit: ContractUnit) {
  const first = readAndWrite(unit.beginHook());
  unit.endHook(true);
  const departing = unit.beginHook({ departingUnit: 'pg/1' });
  const second = {
    units: departing.relationList(DB),
    departingBag: departing.relationGet(DB, 'pg/1', false),
  };
  unit.endHook(true);
  const failing = unit.beginHook();
  failing.relationSet(DB, { lost: 'yes' }, false);
  failing.commit();
  unit.endHook(false);
  const relations = unit
    .document()
    .state.relations.map((r) => ({ id: r.id, unit: r.localUnitData, app: r.localAppData }));
  return { first, second, relations };
}

describe('relation calls on both backends', () => {
  it("read the same data, keep the same writes and drop a failed hook's", async () => {
    const { hookCommands, inMemory } = await onBoth(webUnit(), scenario);
    expect(hookCommands).toEqual(inMemory);
    expect(hookCommands.first.reads).toEqual({
      ids: [[3], [7], []],
      units: ['pg/0', 'pg/1'],
      peers: ['web/1'],
      remoteApp: 'pg',
      remoteUnitBag: { host: 'h0' },
      remoteAppBag: { dsn: 'postgres://pg' },
      ourAppBag: { ours: 'a' },
      peerUnitBag: { peer: 'p1' },
      peerAppBag: { shared: 's' },
      remoteModel: 'remote-uuid',
      ourModel: '00000000-0000-4000-8000-000000000000',
    });
    expect(hookCommands.first.ownBagAfterWrites).toEqual({ a: '1', c: '3' });
    expect(hookCommands.second).toEqual({ units: ['pg/0'], departingBag: { host: 'h1' } });
    expect(hookCommands.relations).toEqual([
      { id: 3, unit: { a: '1', c: '3' }, app: { ours: 'a', x: 'y' } },
      { id: 7, unit: { me: '0' }, app: { shared: 'changed' } },
    ]);
  });
});

describe('relation calls through the stand-in hook commands', () => {
  it('send the documented argv, one relation-set per changed bag at commit', async () => {
    const unit = await hookCommandsUnit(webUnit());
    const backend = unit.beginHook();
    readAndWrite(backend);
    expect(argvs(unit.document())).toEqual([
      ['relation-ids', 'db', '--format=json'],
      ['relation-ids', 'cluster', '--format=json'],
      ['relation-ids', 'website', '--format=json'],
      ['relation-list', '-r', 'db:3', '--format=json'],
      ['relation-list', '-r', 'cluster:7', '--format=json'],
      ['relation-list', '-r', 'db:3', '--app', '--format=json'],
      ['relation-get', '-r', 'db:3', '--format=json', '-', 'pg/0'],
      ['relation-get', '-r', 'db:3', '--app', '--format=json', '-', 'pg'],
      ['relation-get', '-r', 'db:3', '--app', '--format=json', '-', 'web'],
      ['relation-get', '-r', 'cluster:7', '--format=json', '-', 'web/1'],
      ['relation-get', '-r', 'cluster:7', '--app', '--format=json', '-', 'web'],
      ['relation-model-get', '-r', 'db:3', '--format=json'],
      ['relation-model-get', '-r', 'cluster:7', '--format=json'],
      ['relation-get', '-r', 'db:3', '--format=json', '-', 'web/0'],
      ['relation-set', '-r', 'db:3', '--file', '-'],
      ['relation-set', '-r', 'db:3', '--app', '--file', '-'],
      ['relation-set', '-r', 'cluster:7', '--app', '--file', '-'],
    ]);
  });

  it('reads each bag once per hook and runs nothing more for a repeated read', async () => {
    const unit = await hookCommandsUnit(webUnit());
    const backend = unit.beginHook();
    const reads = [
      backend.relationGet(DB, 'pg/0', false),
      backend.relationGet(DB, 'pg/0', false),
      backend.relationList(DB),
      backend.relationList(DB),
    ];
    expect(reads).toEqual([{ host: 'h0' }, { host: 'h0' }, ['pg/0', 'pg/1'], ['pg/0', 'pg/1']]);
    expect(argvs(unit.document()).map(([c]) => c)).toEqual(['relation-get', 'relation-list']);
  });

  it('sends nothing at commit when nothing was written', async () => {
    const unit = await hookCommandsUnit(webUnit());
    const backend = unit.beginHook();
    expect(attempt(() => backend.commit())).toEqual({ ok: undefined });
    expect(unit.document().outputs.commands).toEqual([]);
  });
});

describe('a write to a relation Juju no longer knows, on both backends', () => {
  // Production only learns the relation is gone when relation-set fails at commit; failing the hook then
  // would lose every other change, so that bag is dropped with a warning. The in-memory backend does the same.
  const gone: RelationRef = { endpoint: 'db', id: 99 };

  function writeToGone(unit: ContractUnit) {
    const b = unit.beginHook();
    const outcome = attempt(() => {
      b.relationSet(gone, { k: 'v' }, false);
      b.relationSet(DB, { kept: 'yes' }, false);
      b.relationSet(gone, { k: 'w', other: '1' }, false);
      b.relationSet(CLUSTER, { shared: 'kept too' }, true);
      b.commit();
    });
    unit.endHook(true);
    const { state, outputs } = unit.document();
    return {
      outcome,
      bags: state.relations.map((r) => ({ id: r.id, unit: r.localUnitData, app: r.localAppData })),
      logs: outputs.logs,
      tried: argvs(unit.document()).filter(([command]) => command === 'relation-set'),
    };
  }

  it("lets the hook succeed, logs the same warning and keeps the other bags' writes", async () => {
    const { hookCommands, inMemory } = await onBoth(webUnit(), writeToGone);
    expect(hookCommands.outcome).toEqual({ ok: undefined });
    expect(inMemory.outcome).toEqual({ ok: undefined });
    expect(hookCommands.bags).toEqual(inMemory.bags);
    expect(hookCommands.logs).toEqual(inMemory.logs);
    expect(inMemory.logs).toEqual([
      {
        level: 'WARNING',
        message:
          'the unit databag of relation db:99 was removed during this hook; its pending changes (keys k, other) were dropped',
      },
    ]);
    expect(inMemory.bags).toEqual([
      { id: 3, unit: { mine: 'u', kept: 'yes' }, app: { ours: 'a' } },
      { id: 7, unit: { me: '0' }, app: { shared: 'kept too' } },
    ]);
  });

  it('is tried once, merged, as one relation-set at commit', async () => {
    const { hookCommands, inMemory } = await onBoth(webUnit(), writeToGone);
    const toGone = (tried: string[][]) => tried.filter(([, , rel]) => rel === 'db:99');
    expect(toGone(hookCommands.tried)).toEqual([['relation-set', '-r', 'db:99', '--file', '-']]);
    expect(toGone(inMemory.tried)).toEqual(toGone(hookCommands.tried));
  });
});
