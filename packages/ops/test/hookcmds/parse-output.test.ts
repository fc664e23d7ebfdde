import { parseJsonOutput } from '../../src/hookcmds';
import { ModelError } from '../../src/errors';

describe('parse-output', () => {
  describe('parseJsonOutput', () => {
    it('parses JSON with surrounding whitespace', () => {
      expect(parseJsonOutput('config-get', '  {"a":1}\n')).toEqual({ a: 1 });
    });

    it('reads empty output as null', () => {
      expect(parseJsonOutput('action-get', '\n')).toBeNull();
    });

    it('throws a ModelError naming the command and quoting the output', () => {
      expect(() => parseJsonOutput('goal-state', 'units: {}')).toThrow(ModelError);
      expect(() => parseJsonOutput('goal-state', 'units: {}')).toThrow('goal-state printed output that is not JSON: units: {}');
    });

    it('does not quote sensitive output', () => {
      expect(() => parseJsonOutput('secret-get', 'hunter2', true)).toThrow(/^secret-get printed output that is not JSON$/);
    });
  });
});
