import { parseYamlSource } from '../../src/meta/parse-yaml-source';
import { metaError } from './meta-fixtures';

describe('parseYamlSource', () => {
  describe('when the YAML is malformed', () => {
    it('names the file and the line of the error', () => {
      const err = metaError(() => parseYamlSource('name: x\nrequires:\n  db: [a\nprovides: {}\n', 'metadata.yaml'));
      expect(err.file).toBe('metadata.yaml');
      expect(err.keyPath).toBe('');
      expect(err.line).toBeGreaterThanOrEqual(3);
      expect(err.message).toMatch(/^metadata\.yaml:\d+: \(document\): invalid YAML: /);
    });

    it('refuses a duplicate key at its line', () => {
      const err = metaError(() => parseYamlSource('name: a\nsummary: b\nname: c\n', 'charmcraft.yaml'));
      expect(err.line).toBe(3);
      expect(err.message).toMatch(/unique/i);
    });
  });

  describe('lineOf', () => {
    const { source } = parseYamlSource('a:\n  b:\n    - x\n    - c: 1\n', 'f.yaml');

    it('finds the line of a nested key', () => {
      expect(source.lineOf(['a', 'b'])).toBe(2);
    });

    it('finds list items', () => {
      expect(source.lineOf(['a', 'b', 1, 'c'])).toBe(4);
    });

    it('falls back to the nearest existing ancestor for a missing key', () => {
      expect(source.lineOf(['a', 'b', 1, 'missing'])).toBe(4);
      expect(source.lineOf(['a', 'nope', 'deeper'])).toBe(1);
    });
  });

  it('returns the data as plain values', () => {
    expect(parseYamlSource('n: 1\nl: [true, "s"]\n', 'f.yaml').data).toEqual({ n: 1, l: [true, 's'] });
  });
});
