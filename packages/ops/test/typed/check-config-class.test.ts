import { IsBoolean, IsInt, IsNumber, IsString } from 'class-validator';
import { checkConfigClass, option } from '../../src/typed';
import { declaredOptions } from './fixtures';

describe('checkConfigClass', () => {
  describe('when the class matches charmcraft.yaml', () => {
    it('finds no problems', () => {
      class Cfg {
        @IsString() logLevel = 'info';
        @IsNumber() timeout = 5;
        @option({ type: 'secret' }) password?: unknown;
      }
      expect(checkConfigClass(Cfg, declaredOptions(['log-level', 'string'], ['timeout', 'int'], ['password', 'secret']))).toEqual([]);
    });
  });

  describe('when a property has no declared option', () => {
    it('names the property and the option name it expects', () => {
      class Cfg {
        @IsString() logLevel = 'info';
      }
      expect(checkConfigClass(Cfg, declaredOptions(['port', 'int']))).toEqual([
        'Cfg.logLevel: charmcraft.yaml declares no config option `log-level` (declared: port)',
      ]);
    });
  });

  describe('when the types disagree', () => {
    it('reports an @option type, a validator and an initializer that do not fit', () => {
      class Cfg {
        @option({ type: 'int' }) a = 1;
        @IsBoolean() b = true;
        c = 1.5;
        @IsInt() d = 2;
      }
      const options = declaredOptions(['a', 'float'], ['b', 'string'], ['c', 'int'], ['d', 'float']);
      expect(checkConfigClass(Cfg, options)).toEqual([
        'Cfg.a: @option type is int but option `a` is float in charmcraft.yaml',
        'Cfg.b: validators imply boolean but option `b` is string in charmcraft.yaml',
        'Cfg.c: initializer is float but option `c` is int in charmcraft.yaml',
      ]);
    });
  });
});
