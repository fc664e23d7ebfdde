import { RelationDataTypeError } from '../../src/errors';
import { relationSet } from '../../src/hookcmds';
import { useStandIns } from './support/stand-ins';

const db = { endpoint: 'db', id: 3 };

describe('relation-set', () => {
  const juju = useStandIns();

  describe('for our unit bag', () => {
    it('runs relation-set -r endpoint:N --file - with the changes as JSON on stdin', () => {
      relationSet(juju.run, db, { host: '10.0.0.1', gone: '' }, false);
      expect(juju.calls()).toEqual([
        { command: 'relation-set', argv: ['-r', 'db:3', '--file', '-'], stdin: '{"host":"10.0.0.1","gone":""}', files: {} },
      ]);
    });
  });

  describe('for our app bag', () => {
    it('adds --app', () => {
      relationSet(juju.run, db, { k: 'v' }, true);
      expect(juju.argvs()).toEqual([['relation-set', '-r', 'db:3', '--app', '--file', '-']]);
    });
  });

  describe('when the value is large', () => {
    it('sends it on stdin, not argv', () => {
      const cert = 'x'.repeat(300_000);
      relationSet(juju.run, db, { cert }, false);
      const [call] = juju.calls();
      expect(JSON.parse(call?.stdin ?? '{}')).toEqual({ cert });
      expect(call?.argv.join(' ')).not.toContain('xxx');
    });
  });

  describe('when a value is not a string', () => {
    it('throws RelationDataTypeError naming the key and runs nothing', () => {
      const bad = { port: 5432 } as unknown as Record<string, string>;
      expect(() => relationSet(juju.run, db, bad, false)).toThrow(RelationDataTypeError);
      expect(() => relationSet(juju.run, db, bad, false)).toThrow('relation-set on db:3: the value of "port" must be a string, got number');
      expect(juju.calls()).toEqual([]);
    });
  });
});
