import { RelationDataTypeError } from '../../src/errors';
import { pythonJsonDumps } from '../../src/typed';

// Expected strings are what CPython's json.dumps(value) writes for the same
// data with its defaults: separators (', ', ': '), ensure_ascii=True,
// allow_nan=True, float repr with shortest digits.
describe('pythonJsonDumps', () => {
  describe('containers', () => {
    it.each([
      [{ a: 1, b: [1, 2] }, '{"a": 1, "b": [1, 2]}'],
      [{ x: { y: null, z: [] }, e: {} }, '{"x": {"y": null, "z": []}, "e": {}}'],
      [[true, false, null, 'a'], '[true, false, null, "a"]'],
      [{ skip: undefined, keep: 1 }, '{"keep": 1}'],
      [[undefined], '[null]'],
    ])('writes %j as %s', (value, expected) => {
      expect(pythonJsonDumps(value)).toBe(expected);
    });
  });

  describe('strings', () => {
    it.each([
      ['plain', '"plain"'],
      ['', '""'],
      ['héllo', '"h\\u00e9llo"'],
      ['日本', '"\\u65e5\\u672c"'],
      ['😀', '"\\ud83d\\ude00"'],
      ['a"b\\c', '"a\\"b\\\\c"'],
      ['line\nnext\ttab\r\b\f', '"line\\nnext\\ttab\\r\\b\\f"'],
      ['\u0001\u001f\u007f', '"\\u0001\\u001f\\u007f"'],
      ['a/b', '"a/b"'],
    ])('writes %j as %s', (value, expected) => {
      expect(pythonJsonDumps(value)).toBe(expected);
    });
  });

  describe('numbers', () => {
    it.each([
      [0, '0'],
      [-12, '-12'],
      [8080, '8080'],
      [1.5, '1.5'],
      [0.1 + 0.2, '0.30000000000000004'],
      [0.0001, '0.0001'],
      [0.00001, '1e-05'],
      [2.5e-7, '2.5e-07'],
      [123456789.125, '123456789.125'],
      [1e16, '1e+16'],
      [1.5e300, '1.5e+300'],
      [-0, '-0.0'],
      [Number.NaN, 'NaN'],
      [Number.POSITIVE_INFINITY, 'Infinity'],
      [Number.NEGATIVE_INFINITY, '-Infinity'],
    ])('writes %p as %s', (value, expected) => {
      expect(pythonJsonDumps(value)).toBe(expected);
    });

    it('writes a bigint as a Python int', () => {
      expect(pythonJsonDumps(12345678901234567890n)).toBe('12345678901234567890');
    });
  });

  describe('objects with toJSON', () => {
    it('writes what toJSON returns (a Date as its ISO string)', () => {
      expect(pythonJsonDumps({ at: new Date(Date.UTC(2024, 0, 2, 3, 4, 5)) })).toBe('{"at": "2024-01-02T03:04:05.000Z"}');
    });
  });

  describe('when a value cannot be JSON', () => {
    it('names the path of a function', () => {
      expect(() => pythonJsonDumps({ a: { f: () => 1 } }, 'cfg')).toThrow(new RelationDataTypeError('cfg.a.f: a function cannot be encoded as JSON'));
    });

    it('refuses a Map with the fix', () => {
      expect(() => pythonJsonDumps(new Map(), 'm')).toThrow(/m: a Map cannot be encoded as JSON; convert it to an object or array first/);
    });
  });
});
