import { parse } from 'yaml';
import { doubleQuotedYaml } from '../../src/charmcraft';
import { CliError } from '../../src/errors';

/** Read a scalar back the way a value under a top-level key is read. */
function readBack(scalar: string): unknown {
  return (parse(`key: ${scalar}\n`) as { key: unknown }).key;
}

describe('doubleQuotedYaml', () => {
  describe('when the value is one line', () => {
    it('escapes quotes, backslashes and control characters and keeps the rest', () => {
      const value = 'say "hi" \\ \0\t\r\u0007\u007f é 😀';
      const scalar = doubleQuotedYaml(value, { indent: '  ' });
      expect(scalar).toBe('"say \\"hi\\" \\\\ \\0\\t\\r\\x07\\x7F é 😀"');
      expect(readBack(scalar)).toBe(value);
    });
  });

  describe('when the value has several lines', () => {
    it('breaks after each newline and escapes a leading space the break would drop', () => {
      const value = 'first\n  indented\n\t\n \nlast';
      const scalar = doubleQuotedYaml(value, { indent: '  ' });
      expect(scalar).toBe('"first\\n\\\n  \\  indented\\n\\\n  \\t\\n\\\n  \\ \\n\\\n  last"');
      expect(readBack(scalar)).toBe(value);
    });

    it('keeps a final newline on the last line', () => {
      const scalar = doubleQuotedYaml('a\n\n', { indent: '  ' });
      expect(scalar).toBe('"a\\n\\\n  \\n"');
      expect(readBack(scalar)).toBe('a\n\n');
    });
  });

  describe('when the value is a mapping key', () => {
    it('stays on one line', () => {
      const scalar = doubleQuotedYaml('a\nb', { indent: '  ', implicitKey: true });
      expect(scalar).toBe('"a\\nb"');
      expect(parse(`${scalar}: 1\n`)).toEqual({ 'a\nb': 1 });
    });
  });

  describe('when the value holds a lone surrogate', () => {
    it('fails naming the code point, which UTF-8 cannot carry', () => {
      expect(() => doubleQuotedYaml('a\ud800b', { indent: '' })).toThrow(CliError);
      expect(() => doubleQuotedYaml('a\ud800b', { indent: '' })).toThrow(/lone UTF-16 surrogate U\+D800/);
    });
  });
});
