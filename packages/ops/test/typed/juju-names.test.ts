import { camelToKebab, kebabToCamel } from '../../src/typed';

describe('juju-names', () => {
  describe('camelToKebab', () => {
    it.each([
      ['logLevel', 'log-level'],
      ['port', 'port'],
      ['httpURLPath', 'http-url-path'],
      ['port2Http', 'port2-http'],
      ['snake_case', 'snake-case'],
    ])('turns %s into %s', (from, to) => {
      expect(camelToKebab(from)).toBe(to);
    });
  });

  describe('kebabToCamel', () => {
    it.each([
      ['log-level', 'logLevel'],
      ['target-dir-2', 'targetDir2'],
      ['plain', 'plain'],
    ])('turns %s into %s', (from, to) => {
      expect(kebabToCamel(from)).toBe(to);
    });
  });
});
