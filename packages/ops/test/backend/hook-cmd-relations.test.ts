import { HookCmdBackend } from '../../src/backend';
import { RelationDataAccessError, RelationDataTypeError } from '../../src/errors';
import { failure, json, useStandIns, type StandIns } from '../hookcmds/support/stand-ins';

const db = (id = 3) => ({ endpoint: 'db', id });
const backendFor = (juju: StandIns) => new HookCmdBackend({ runner: juju.run, unitName: 'web/0' });

describe('HookCmdBackend relations', () => {
  const juju = useStandIns();

  describe('reads', () => {
    it('run relation-ids once per endpoint', () => {
      juju.reply('relation-ids', [json(['db:3']), json(['cache:9'])]);
      const backend = backendFor(juju);
      expect(backend.relationIds('db')).toEqual([3]);
      expect(backend.relationIds('db')).toEqual([3]);
      expect(backend.relationIds('cache')).toEqual([9]);
      expect(juju.argvs()).toEqual([['relation-ids', 'db', '--format=json'], ['relation-ids', 'cache', '--format=json']]);
    });

    it('run relation-list once per relation, for units and for the app', () => {
      juju.reply('relation-list', [json(['pg/0']), json('pg')]);
      const backend = backendFor(juju);
      backend.relationList(db());
      expect(backend.relationList(db())).toEqual(['pg/0']);
      backend.relationRemoteApp(db());
      expect(backend.relationRemoteApp(db())).toBe('pg');
      expect(juju.calls()).toHaveLength(2);
    });

    it('run relation-get once per bag', () => {
      juju.reply('relation-get', [json({ a: '1' }), json({ b: '2' })]);
      const backend = backendFor(juju);
      expect(backend.relationGet(db(), 'pg/0', false)).toEqual({ a: '1' });
      expect(backend.relationGet(db(), 'pg/0', false)).toEqual({ a: '1' });
      expect(backend.relationGet(db(), 'pg', true)).toEqual({ b: '2' });
      expect(juju.argvs()).toEqual([
        ['relation-get', '-r', 'db:3', '--format=json', '-', 'pg/0'],
        ['relation-get', '-r', 'db:3', '--app', '--format=json', '-', 'pg'],
      ]);
    });
  });

  describe('writes', () => {
    it('run nothing until commit', () => {
      const backend = backendFor(juju);
      backend.relationSet(db(), { host: 'a' }, false);
      backend.relationSet(db(), { port: '1' }, true);
      expect(juju.calls()).toEqual([]);
    });

    it('are seen by reads of the same bag, with deleted keys absent', () => {
      juju.reply('relation-get', json({ host: 'old', stale: 'x', keep: 'k' }));
      const backend = backendFor(juju);
      backend.relationSet(db(), { host: 'new', stale: '' }, false);
      expect(backend.relationGet(db(), 'web/0', false)).toEqual({ host: 'new', keep: 'k' });
      backend.relationSet(db(), { extra: 'e' }, false);
      expect(backend.relationGet(db(), 'web/0', false)).toEqual({ host: 'new', keep: 'k', extra: 'e' });
      expect(juju.argvs()).toEqual([['relation-get', '-r', 'db:3', '--format=json', '-', 'web/0']]);
    });

    it('go to our app bag when isApp is set, not to the unit bag', () => {
      juju.reply('relation-get', [json({}), json({})]);
      const backend = backendFor(juju);
      backend.relationSet(db(), { leader: 'yes' }, true);
      expect(backend.relationGet(db(), 'web', true)).toEqual({ leader: 'yes' });
      expect(backend.relationGet(db(), 'web/0', false)).toEqual({});
    });

    it('need to know our unit name', () => {
      const backend = new HookCmdBackend({ runner: juju.run, unitName: '' });
      expect(() => backend.relationSet(db(), { a: '1' }, false)).toThrow(/set JUJU_UNIT_NAME or pass the unitName option/);
    });

    it('refuse a non-string value at once, naming the key', () => {
      const backend = backendFor(juju);
      expect(() => backend.relationSet(db(), { port: 5432 as unknown as string }, false)).toThrow(RelationDataTypeError);
    });
  });

  describe('commit', () => {
    it('sends one relation-set --file - per changed bag, with the merged changes on stdin', () => {
      const backend = backendFor(juju);
      backend.relationSet(db(), { host: 'a' }, false);
      backend.relationSet(db(), { port: '1' }, true);
      backend.relationSet(db(), { host: 'b', gone: '' }, false);
      backend.relationSet(db(4), { x: 'y' }, false);
      backend.commit();
      expect(juju.calls().map((c) => [c.command, ...c.argv, c.stdin])).toEqual([
        ['relation-set', '-r', 'db:3', '--file', '-', '{"host":"b","gone":""}'],
        ['relation-set', '-r', 'db:3', '--app', '--file', '-', '{"port":"1"}'],
        ['relation-set', '-r', 'db:4', '--file', '-', '{"x":"y"}'],
      ]);
    });

    it('sends nothing the second time, and reads after it still see the writes', () => {
      juju.reply('relation-get', json({ keep: 'k' }));
      const backend = backendFor(juju);
      backend.relationGet(db(), 'web/0', false);
      backend.relationSet(db(), { host: 'a' }, false);
      backend.commit();
      backend.commit();
      expect(backend.relationGet(db(), 'web/0', false)).toEqual({ keep: 'k', host: 'a' });
      expect(juju.calls().map((c) => c.command)).toEqual(['relation-get', 'relation-set']);
    });

    it('runs nothing when nothing was written', () => {
      backendFor(juju).commit();
      expect(juju.calls()).toEqual([]);
    });
  });

  describe('when a relation was removed before commit', () => {
    it('drops its changes with a warning and still sends the others', () => {
      juju.reply('relation-set', [failure('relation not found'), {}]);
      const backend = backendFor(juju);
      backend.relationSet(db(3), { a: '1' }, false);
      backend.relationSet(db(4), { b: '2' }, false);
      expect(() => backend.commit()).not.toThrow();
      expect(juju.calls().map((c) => [c.command, ...c.argv.slice(0, 3)])).toEqual([
        ['relation-set', '-r', 'db:3', '--file'],
        ['juju-log', '--log-level', 'WARNING', '--'],
        ['relation-set', '-r', 'db:4', '--file'],
      ]);
      expect(juju.calls()[1]?.argv[3]).toBe('the unit databag of relation db:3 was removed during this hook; its pending changes (keys a) were dropped');
    });
  });

  describe('when Juju refuses a write at commit', () => {
    it('throws, so the hook fails and Juju drops all its changes', () => {
      juju.reply('relation-set', failure('permission denied'));
      const backend = backendFor(juju);
      backend.relationSet(db(), { a: '1' }, true);
      expect(() => backend.commit()).toThrow(RelationDataAccessError);
    });
  });
});
