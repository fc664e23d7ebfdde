import { parsePythonJson } from '../../src/typed';

describe('parsePythonJson', () => {
  it('parses ordinary JSON as JSON.parse does', () => {
    expect(parsePythonJson('{"a": 1, "b": [1, 2]}')).toEqual({ a: 1, b: [1, 2] });
  });

  describe('when Python wrote NaN or Infinity bare', () => {
    it('reads them as numbers', () => {
      expect(parsePythonJson('[NaN, Infinity, -Infinity]')).toEqual([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]);
    });

    it('leaves the same words inside strings alone', () => {
      expect(parsePythonJson('{"NaN": "Infinity \\" NaN", "x": NaN}')).toEqual({ NaN: 'Infinity " NaN', x: Number.NaN });
    });
  });

  describe('when the text is not JSON', () => {
    it('throws a SyntaxError', () => {
      expect(() => parsePythonJson('10.0.0.1')).toThrow(SyntaxError);
      expect(() => parsePythonJson('NaNa')).toThrow(SyntaxError);
    });
  });
});
