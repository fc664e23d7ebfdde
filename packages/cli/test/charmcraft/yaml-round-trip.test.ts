import { yamlRoundTripProblem } from '../../src/charmcraft';

describe('yamlRoundTripProblem', () => {
  describe('when the text reads back as the data', () => {
    it('finds none', () => {
      expect(yamlRoundTripProblem('options:\n  x:\n    default: "a\\n "\n', { options: { x: { default: 'a\n ' } } })).toBeUndefined();
    });
  });

  describe('when a value reads back differently', () => {
    it('names its key path and both values', () => {
      const problem = yamlRoundTripProblem('options:\n  x:\n    default: |+\n      \n', { options: { x: { default: ' \n' } } });
      expect(problem).toBe('options.x.default was " \\n", reads back as "\\n"');
    });

    it('names the index of a list item', () => {
      expect(yamlRoundTripProblem('tags:\n  - a\n  - c\n', { tags: ['a', 'b'] })).toBe('tags.1 was "b", reads back as "c"');
    });
  });

  describe('when the text does not parse', () => {
    it('says so with the parser message', () => {
      expect(yamlRoundTripProblem('a: "open\n', { a: 'open' })).toMatch(/^it does not parse: /);
    });
  });
});
