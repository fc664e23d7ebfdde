import type { RenderedSchema } from '@jujuts/ops';
import { parse } from 'yaml';
import { rewriteSchemaSections } from '../../src/schema';

/** A charmcraft.yaml with comments above, inside and below the two sections and a flow-style option. */
function commentedYaml(): string {
  return `# Hello charm: keep this header
name: hello
summary:   Says hello.   # odd spacing outside the sections stays
config:
  # options come from HelloConfig
  options:
    greeting:
      type: string   # what to say
      default: hi
    stale: { type: int }
# the actions follow
actions:
  greet:
    description: Greet someone
    execution-group: chatty
    params:
      name: { type: string } # who
  old:
    description: gone
parts:
  charm: { plugin: nil }
`;
}

/** The rendered classes: greeting's default changes, stale goes, repeat and reset arrive. */
function rendered(): RenderedSchema {
  return {
    config: { options: { greeting: { type: 'string', default: 'hello' }, repeat: { type: 'int', default: 1, description: 'Times' } } },
    actions: {
      greet: { description: 'Greet someone', params: { name: { type: 'string', minLength: 1 } }, required: ['name'], additionalProperties: false },
      reset: {},
    },
  };
}

describe('rewriteSchemaSections', () => {
  const out = () => rewriteSchemaSections(commentedYaml(), rendered());

  it('makes config.options and actions hold exactly the rendered entries', () => {
    const doc = parse(out()) as { config: { options: unknown }; actions: Record<string, Record<string, unknown>> };
    expect(doc.config.options).toEqual(rendered().config?.options);
    expect(doc.actions['greet']).toEqual({ ...rendered().actions?.['greet'], 'execution-group': 'chatty' });
    expect(doc.actions['reset']).toEqual({});
    expect(doc.actions['old']).toBeUndefined();
  });

  it('keeps every line outside the two sections byte for byte', () => {
    const text = out();
    expect(text.startsWith('# Hello charm: keep this header\nname: hello\nsummary:   Says hello.   # odd spacing outside the sections stays\n')).toBe(true);
    expect(text).toContain('\n# the actions follow\nactions:\n');
    expect(text.endsWith('parts:\n  charm: { plugin: nil }\n')).toBe(true);
  });

  it('keeps comments on surviving keys and an author key the classes do not own', () => {
    const text = out();
    expect(text).toContain('  # options come from HelloConfig\n  options:\n');
    expect(text).toMatch(/type: string {1,3}# what to say\n/);
    expect(text).toContain('execution-group: chatty');
    expect(text).toMatch(/name: \{ type: string, minLength: 1 \} # who/);
  });

  it('writes a new entry in the style of its siblings', () => {
    expect(out()).toContain('repeat: { type: int, default: 1, description: Times }');
  });

  describe('when charmcraft.yaml has neither section', () => {
    it('appends them after the existing text', () => {
      const text = rewriteSchemaSections('name: hello\n# end\n', rendered());
      expect(text.startsWith('name: hello\n# end\n')).toBe(true);
      expect((parse(text) as { config: unknown }).config).toEqual({ options: rendered().config?.options });
    });
  });

  describe('when the schema leaves a section out', () => {
    it('does not touch it', () => {
      const text = rewriteSchemaSections(commentedYaml(), { config: rendered().config });
      expect(text.slice(text.indexOf('# the actions follow'))).toBe(commentedYaml().slice(commentedYaml().indexOf('# the actions follow')));
    });
  });

  describe('when an action is written as an empty key', () => {
    it('leaves `reset:` alone rather than rewriting it to {}', () => {
      const text = rewriteSchemaSections('actions:\n  reset:\n', { actions: { reset: {} } });
      expect(text).toBe('actions:\n  reset:\n');
    });
  });

  describe('when the file is not a YAML mapping', () => {
    it('fails naming the file', () => {
      expect(() => rewriteSchemaSections('- a\n- b\n', rendered())).toThrow('charmcraft.yaml must be a mapping at the top level');
      expect(() => rewriteSchemaSections('a: [\n', rendered())).toThrow(/^charmcraft.yaml is not valid YAML: /);
    });
  });
});
