import { backendOver, refusalOf } from './support/backend-fixture';

const DB = { endpoint: 'db', id: 3 };
const GONE = { endpoint: 'db', id: 99 };
const commandsOf = (juju: ReturnType<typeof backendOver>['juju']) =>
  juju.outputs.commands.map((c) => [c.command, ...c.args]);

describe('relation writes on the in-memory backend', () => {
  describe('when the relation is one the fake knows', () => {
    it('records relation-set at once and shows the write to the hook', () => {
      const { juju, backend } = backendOver();
      backend.relationSet(DB, { host: 'h' }, false);
      expect(commandsOf(juju)).toEqual([['relation-set', '-r', 'db:3', '--file', '-']]);
      expect(backend.relationGet(DB, 'app/0', false)).toEqual({ mine: 'u', host: 'h' });
    });
  });

  describe('when the relation is one the fake does not know', () => {
    it('runs nothing until commit, as production queues its writes', () => {
      const { juju, backend } = backendOver();
      backend.relationSet(GONE, { k: 'v' }, false);
      expect(juju.outputs.commands).toEqual([]);
      expect(juju.outputs.logs).toEqual([]);
    });

    it('tries one merged relation-set per bag at commit and drops it with a WARNING naming the keys', () => {
      const { juju, backend } = backendOver();
      backend.relationSet(GONE, { k: 'v' }, false);
      backend.relationSet(GONE, { k: 'w', extra: '' }, false);
      backend.relationSet(GONE, { shared: 's' }, true);
      expect(() => backend.commit()).not.toThrow();
      expect(commandsOf(juju)).toEqual([
        ['relation-set', '-r', 'db:99', '--file', '-'],
        ['relation-set', '-r', 'db:99', '--app', '--file', '-'],
      ]);
      expect(juju.outputs.logs).toEqual([
        {
          level: 'WARNING',
          message: 'the unit databag of relation db:99 was removed during this hook; its pending changes (keys k, extra) were dropped',
        },
        {
          level: 'WARNING',
          message: 'the app databag of relation db:99 was removed during this hook; its pending changes (keys shared) were dropped',
        },
      ]);
    });

    it('keeps the hook\'s other writes, which commit when the hook succeeds', () => {
      const { juju, backend } = backendOver();
      backend.relationSet(GONE, { k: 'v' }, false);
      backend.relationSet(DB, { kept: 'yes' }, false);
      backend.commit();
      juju.endHook(true);
      expect(juju.state.relations.map((r) => [r.id, r.localUnitData])).toEqual([[3, { mine: 'u', kept: 'yes' }]]);
    });

    it('sends a held bag only once, however often commit runs', () => {
      const { juju, backend } = backendOver();
      backend.relationSet(GONE, { k: 'v' }, false);
      backend.commit();
      backend.commit();
      expect(juju.outputs.logs).toHaveLength(1);
      expect(juju.outputs.commands).toHaveLength(1);
    });

    it('still refuses bad values at once, before holding anything', () => {
      const { juju, backend } = backendOver();
      const changes = { port: 5432 as unknown as string };
      expect(refusalOf(juju, () => backend.relationSet(GONE, changes, false))).toEqual({
        error: 'RelationDataTypeError',
        message: 'relation-set on db:99: the value of "port" must be a string, got number',
        recorded: [],
      });
      backend.commit();
      expect(juju.outputs.logs).toEqual([]);
    });
  });
});
