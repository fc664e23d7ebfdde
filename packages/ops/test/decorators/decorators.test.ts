import {
  CharmBase,
  CharmDefinitionError,
  action,
  container,
  on,
  relation,
  secret,
  storage,
  stored,
  type ConfigChangedEvent,
  type InstallEvent,
  type RelationChangedEvent,
} from '../../src';
import { describeOwner } from '../../src/metadata';

class BaseCharm extends CharmBase {
  @on.install first(_e: InstallEvent) {}
  @on.install second() {}
}

class SubCharm extends BaseCharm {
  @on.install third() {}
  @stored() state = {};
}

describe('decorators', () => {
  describe('on.*', () => {
    it('records handlers in declaration order', () => {
      expect(describeOwner(BaseCharm).handlers.map((h) => [h.event, h.method])).toEqual([
        ['install', 'first'],
        ['install', 'second'],
      ]);
    });

    it('adds a subclass’s handlers after the inherited ones without touching the parent', () => {
      expect(describeOwner(SubCharm).handlers.map((h) => h.method)).toEqual(['first', 'second', 'third']);
      expect(describeOwner(BaseCharm).handlers.map((h) => h.method)).toEqual(['first', 'second']);
    });

    it('records stored properties', () => {
      expect(describeOwner(SubCharm).stored).toEqual(['state']);
      expect(describeOwner(BaseCharm).stored).toEqual([]);
    });

    it('has a decorator for every Juju event in the table', () => {
      for (const name of ['install', 'start', 'stop', 'remove', 'updateStatus', 'configChanged', 'upgradeCharm', 'leaderElected', 'leaderSettingsChanged', 'preSeriesUpgrade', 'postSeriesUpgrade', 'collectMetrics', 'secretChanged', 'secretRotate', 'secretExpired', 'secretRemove', 'collectUnitStatus', 'collectAppStatus']) {
        expect(typeof (on as unknown as Record<string, unknown>)[name]).toBe('function');
      }
    });
  });

  describe('endpoint handles', () => {
    it('record the scope and how the decorator was written', () => {
      const db = relation('db');
      const web = container('web');
      const data = storage('data');
      const creds = secret('creds');
      class Handles extends CharmBase {
        @db.changed a(_e: RelationChangedEvent) {}
        @relation.joined('db') b() {}
        @(relation('db').broken) c() {}
        @web.pebbleReady d() {}
        @data.detaching e() {}
        @creds.rotate f() {}
        @action('run-me') g() {}
      }
      expect(describeOwner(Handles).handlers.map((h) => [h.event, h.scope ?? h.label, h.decorator])).toEqual([
        ['relationChanged', 'db', "@relation('db').changed"],
        ['relationJoined', 'db', "@relation('db').joined"],
        ['relationBroken', 'db', "@relation('db').broken"],
        ['pebbleReady', 'web', "@container('web').pebbleReady"],
        ['storageDetaching', 'data', "@storage('data').detaching"],
        ['secretRotate', 'creds', "@secret('creds').rotate"],
        ['action', 'run-me', "@action('run-me')"],
      ]);
    });
  });

  describe('when misused', () => {
    it('rejects an empty endpoint name eagerly', () => {
      expect(() => relation('')).toThrow(new CharmDefinitionError(`relation(''): expected a name (a non-empty string) or a function of the instance returning one, got ""`));
    });

    it('rejects an invalid action name', () => {
      expect(() => action('Back Up')).toThrow(/@action\('Back Up'\): action names are lowercase letters/);
    });

    it('rejects a static handler with Class.method in the message', () => {
      expect(() => {
        class Bad extends CharmBase {
          @on.install static nope() {}
        }
        return Bad;
      }).toThrow('@on.install on Bad.nope: handlers must be instance methods, not static');
    });

    it('rejects a handler whose event type does not match at compile time', () => {
      class Typed extends CharmBase {
        // @ts-expect-error a relation handler cannot take a config-changed event
        @on.relationChanged('db') wrong(_e: ConfigChangedEvent) {}
      }
      expect(describeOwner(Typed).handlers).toHaveLength(1);
    });
  });
});
