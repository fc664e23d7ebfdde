import { IsInt, Max, Validate, ValidatorConstraint, type ValidatorConstraintInterface } from 'class-validator';
import { InvalidConfigError } from '../../src/errors';
import { loadConfig } from '../../src/typed';
import { primitiveValuesKey, rememberClean, validatedClean } from '../../src/typed/validation-memo';
import { declaredOptions } from './fixtures';

let checks = 0;

@ValidatorConstraint({ name: 'counted' })
class Counted implements ValidatorConstraintInterface {
  validate(): boolean {
    checks += 1;
    return true;
  }
}

/** A config class that counts how often class-validator runs on it. */
function countedConfigClass() {
  class PortConfig {
    @IsInt() @Max(65535) @Validate(Counted) port = 8080;
  }
  return PortConfig;
}

const portOptions = () => declaredOptions(['port', 'int']);

function values(v: Record<string, unknown>): object {
  return { ...v };
}

describe('validation-memo', () => {
  describe('primitiveValuesKey', () => {
    it('gives equal keys for equal values', () => {
      expect(primitiveValuesKey(values({ port: 80, name: 'a' }))).toBe(primitiveValuesKey(values({ port: 80, name: 'a' })));
    });

    it.each([
      [{ port: 1 }, { port: '1' }],
      [{ port: 0 }, { port: -0 }],
      [{ name: null }, { name: 'null' }],
      [{ name: undefined }, { name: 'undefined' }],
      [{ on: true }, { on: 'true' }],
      [{ a: 'x', b: 'y' }, { a: 'x,b', b: 'y' }],
      [{ ratio: Number.NaN }, { ratio: null }],
    ])('tells %p from %p', (a, b) => {
      expect(primitiveValuesKey(values(a))).not.toBe(primitiveValuesKey(values(b)));
    });

    it.each([
      ['an object', { secret: { id: 'secret:1' } }],
      ['an array', { hosts: ['a'] }],
      ['a function', { fn: () => 1 }],
      ['a symbol', { s: Symbol('x') }],
    ])('gives no key when a value is %s (it may change behind the key)', (_what, v) => {
      expect(primitiveValuesKey(values(v))).toBeUndefined();
    });
  });

  describe('validatedClean', () => {
    class First {}
    class Second {}

    it('remembers a clean key for its class only', () => {
      rememberClean(First, 'k');
      expect(validatedClean(First, 'k')).toBe(true);
      expect(validatedClean(First, 'other')).toBe(false);
      expect(validatedClean(Second, 'k')).toBe(false);
    });

    describe('when a class has seen many value sets', () => {
      class Swept {}

      it('forgets old ones rather than growing without bound', () => {
        for (let i = 0; i < 1000; i++) rememberClean(Swept, `k${i}`);
        expect(validatedClean(Swept, 'k0')).toBe(false);
        expect(validatedClean(Swept, 'k999')).toBe(true);
      });
    });
  });

  describe('when loadConfig meets values it already validated', () => {
    beforeEach(() => {
      checks = 0;
    });

    it('does not run class-validator again', () => {
      const cls = countedConfigClass();
      loadConfig(cls, { port: 80 }, { options: portOptions() });
      loadConfig(cls, { port: 80 }, { options: portOptions() });
      expect(checks).toBe(1);
    });

    it('still returns a new instance each time, so a handler changing one cannot change the next', () => {
      const cls = countedConfigClass();
      const first = loadConfig(cls, { port: 80 }, { options: portOptions() });
      first.port = 1;
      const second = loadConfig(cls, { port: 80 }, { options: portOptions() });
      expect(second).not.toBe(first);
      expect(second.port).toBe(80);
    });

    it('validates changed values', () => {
      const cls = countedConfigClass();
      loadConfig(cls, { port: 80 }, { options: portOptions() });
      expect(() => loadConfig(cls, { port: 70000 }, { options: portOptions() })).toThrow(InvalidConfigError);
      expect(checks).toBe(2);
    });

    it('reports invalid values every time', () => {
      const cls = countedConfigClass();
      for (let i = 0; i < 2; i++) expect(() => loadConfig(cls, { port: 70000 }, { options: portOptions() })).toThrow(/port/);
      expect(checks).toBe(2);
    });
  });
});
