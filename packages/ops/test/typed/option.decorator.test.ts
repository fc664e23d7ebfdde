import { CharmDefinitionError } from '../../src/errors';
import { METADATA_KEYS } from '../../src/metadata/keys';
import { readMetadataList } from '../../src/metadata/own-metadata';
import { option, type OptionRecord } from '../../src/typed';
import type { ConfigOptionType } from '../../src/meta/charm-meta';

describe('@option', () => {
  describe('when applied to properties', () => {
    it('records the settings per property through the metadata writer', () => {
      class Cfg {
        @option({ description: 'Verbosity' }) logLevel = 'info';
        @option({ name: 'http-port', type: 'int' }) port = 80;
      }
      expect(readMetadataList<OptionRecord>(METADATA_KEYS.option, Cfg)).toEqual([
        { property: 'logLevel', description: 'Verbosity' },
        { property: 'port', name: 'http-port', type: 'int' },
      ]);
    });

    it('keeps a subclass option out of its parent', () => {
      class Base {
        @option() a = 'x';
      }
      class Sub extends Base {
        @option() b = 'y';
      }
      expect(readMetadataList<OptionRecord>(METADATA_KEYS.option, Base).map((r) => r.property)).toEqual(['a']);
      expect(readMetadataList<OptionRecord>(METADATA_KEYS.option, Sub).map((r) => r.property)).toEqual(['a', 'b']);
    });
  });

  describe('when the settings are wrong', () => {
    it('refuses an unknown Juju type, naming the class and property', () => {
      expect(() => {
        class Cfg {
          @option({ type: 'integer' as ConfigOptionType }) port = 1;
        }
        return Cfg;
      }).toThrow(new CharmDefinitionError('@option on Cfg.port: type "integer" is not a Juju config type (string, int, float, boolean, secret)'));
    });

    it('refuses an option name Juju would not accept', () => {
      expect(() => {
        class Cfg {
          @option({ name: 'log level' }) logLevel = 'info';
        }
        return Cfg;
      }).toThrow(/@option on Cfg.logLevel: option name "log level" is not a valid Juju option name/);
    });
  });
});
