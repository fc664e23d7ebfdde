import { parse, stringify } from 'yaml';
import { renderActionsYaml, renderConfigYaml, renderExactYaml, renderMetadataYaml } from '../../src/charmcraft';
import { SeededRandom, testSeed } from '../../../../test-support/seeded-random';
import { projectOf } from '../fixtures/project-data';
import { yamlFuzzString } from '../fixtures/yaml-fuzz-strings';

/**
 * Whether the text holds a raw character Juju's YAML reader (go-yaml) refuses
 * or reads as a line break other than \n: those may reach a file only as escapes.
 */
function hasRawForJuju(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f)) return true;
    if (code === 0x2028 || code === 0x2029 || code === 0xfeff) return true;
  }
  return false;
}

/** A project whose description, one config default and one action param description are all `value`. */
function projectWith(value: string): ReturnType<typeof projectOf> {
  return projectOf({
    description: value,
    config: { options: { greeting: { type: 'string', default: value, description: 'What to say.' } } },
    actions: { greet: { description: 'Say it.', params: { to: { type: 'string', description: value } } } },
  });
}

describe('renderExactYaml', () => {
  describe('for strings yaml.stringify gets wrong', () => {
    const cases: Record<string, string> = {
      'a whitespace-only last line': ' \n',
      'whitespace-only lines of differing width': '  \n\t \n',
      'a folded long line that starts with a space': `${' long words'.repeat(12)}\n`,
      'a whitespace-only line in a double-quoted string': `"q"\n \n\n${'long words '.repeat(12)}\n `,
      'a tab line after a long line': `${' long words'.repeat(12)}\n\t\n\ttext\n`,
    };

    it.each(Object.entries(cases))('reads back %s exactly', (_, value) => {
      const data = { description: value, options: { x: { default: value } }, list: [value, { key: value }] };
      expect(parse(renderExactYaml(data))).toEqual(data);
    });
  });

  describe('for ordinary strings', () => {
    it('writes them as yaml.stringify does', () => {
      const data = { name: 'hello', summary: 'Says hello.', description: 'A charm.\n\nIt greets: everyone.\n', tags: ['a', 'b'] };
      expect(renderExactYaml(data)).toBe(stringify(data));
    });
  });

  describe('for characters Juju reads differently from the yaml library', () => {
    it('escapes line separators, C1 controls and a BOM', () => {
      const data = { description: 'a\u0085b\u2028c\u2029d\ufeffe\u0090f' };
      const text = renderExactYaml(data);
      expect(text).toBe('description: "a\\x85b\\u2028c\\u2029d\\uFEFFe\\x90f"\n');
      expect(parse(text)).toEqual(data);
    });
  });

  describe('for a mapping key that does not survive', () => {
    it('writes the key double-quoted on one line', () => {
      const data = { options: { 'odd\u2028key': { default: 'x' } } };
      const text = renderExactYaml(data);
      expect(text).toContain('"odd\\u2028key":');
      expect(parse(text)).toEqual(data);
    });
  });
});

describe('the rendered charm files', () => {
  describe('for a few thousand seeded strings', () => {
    const seed = testSeed();
    const random = new SeededRandom(seed);
    const values = Array.from({ length: 3000 }, () => yamlFuzzString(random));

    it(`read back every description, config default and action param description exactly (seed ${seed})`, () => {
      const failures: string[] = [];
      for (const value of values) {
        const project = projectWith(value);
        const metadata = parse(renderMetadataYaml(project)) as { description: unknown };
        const config = parse(renderConfigYaml(project) ?? '') as { options: { greeting: { default: unknown } } };
        const actions = parse(renderActionsYaml(project) ?? '') as { greet: { params: { to: { description: unknown } } } };
        const back = [metadata.description, config.options.greeting.default, actions.greet.params.to.description];
        if (back.some((b) => b !== value)) failures.push(JSON.stringify(value));
      }
      expect(failures).toEqual([]);
    });

    it('write no raw character Juju would refuse or read as a line break', () => {
      const raw = values.map((value) => renderMetadataYaml(projectWith(value))).filter(hasRawForJuju);
      expect(raw).toEqual([]);
    });
  });
});

describe('renderMetadataYaml', () => {
  describe('when the description is ordinary prose', () => {
    it('keeps the readable block style', () => {
      const project = projectOf({ description: 'Greets every unit.\n\nSet `greeting` to change what it says.\n', requires: undefined, peers: undefined, containers: undefined, resources: undefined });
      expect(renderMetadataYaml(project)).toBe(
        [
          'name: hello',
          'display-name: Hello',
          'summary: Says hello.',
          'description: |',
          '  Greets every unit.',
          '',
          '  Set `greeting` to change what it says.',
          '',
        ].join('\n'),
      );
    });
  });
});
