import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runCli } from '../../src';
import { captureIo } from '../fixtures/capture-io';
import { makeCharmProject } from '../fixtures/charm-project';
import { bundleSchemaCharm, schemaCharmSource, staleSchemaCharmcraftYaml } from '../fixtures/schema-charm';
import { makeTempDir, removeTempDirs } from '../fixtures/temp-dir';

afterAll(removeTempDirs);

/** Runs `jujuts schema …` in-process in `dir`; resolves to the exit code and output. */
async function schema(dir: string, ...args: string[]) {
  const io = captureIo(dir);
  const code = await runCli(['schema', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

/** A charm directory holding the stale charmcraft.yaml. */
function staleCharmDir(): string {
  const dir = makeTempDir('jujuts-schema-');
  writeFileSync(join(dir, 'charmcraft.yaml'), staleSchemaCharmcraftYaml());
  return dir;
}

describe('jujuts schema', () => {
  describe('given a bundled charm and a stale charmcraft.yaml', () => {
    let dir: string;
    let entry: string;
    const yamlText = () => readFileSync(join(dir, 'charmcraft.yaml'), 'utf8');

    beforeAll(async () => {
      dir = staleCharmDir();
      entry = await bundleSchemaCharm(dir, schemaCharmSource(), 'v1');
    });

    it('rewrites config.options and actions from the classes, keeping comments inside and outside them', async () => {
      const result = await schema(dir, '--entry', entry);
      expect(result).toMatchObject({ code: 0, err: '' });
      expect(result.out).toContain('updated charmcraft.yaml from HelloCharm (');
      expect(result.out).toContain('fixed config.options.colour: declared in charmcraft.yaml but not in the config class');
      const text = yamlText();
      expect(text).toContain('# actions are written by jujuts schema\n');
      expect(text).toContain('    # what the unit says\n    greeting:\n');
      expect(text.startsWith('# Hello: a fixture charm\nname: hello\ntype: charm\n')).toBe(true);
      const doc = parse(text) as { config: unknown; actions: unknown; parts: unknown };
      expect(doc.config).toEqual({
        options: {
          greeting: { type: 'string', default: 'hello', description: 'What to say' },
          repeat: { type: 'int', default: 1 },
        },
      });
      expect(doc.actions).toEqual({
        greet: {
          description: 'Greet someone',
          params: { name: { type: 'string', description: 'Who to greet' }, shout: { type: 'boolean' } },
          required: ['name'],
          additionalProperties: false,
        },
      });
      expect(doc.parts).toEqual({ charm: { plugin: 'nil' } });
    });

    it('then --check exits 0 with a one-line "in sync" message', async () => {
      expect(await schema(dir, '--check', '--entry', entry)).toEqual({ code: 0, out: 'charmcraft.yaml is in sync with HelloCharm\n', err: '' });
    });

    it('then, once the classes change, --check exits 1 listing every drift and leaves the file alone', async () => {
      const before = yamlText();
      const changed = await bundleSchemaCharm(dir, schemaCharmSource({ extraConfig: ['@IsBoolean() debug = false;'], requiredShout: true }), 'v2');
      const result = await schema(dir, '--check', '--entry', changed);
      expect(result.code).toBe(1);
      expect(result.err.split('\n')).toEqual([
        'config.options.debug: missing from charmcraft.yaml',
        'actions.greet.params.shout: required in the class but not in charmcraft.yaml',
        "jujuts schema: charmcraft.yaml is out of sync with HelloCharm (2 differences above): run 'jujuts schema' to rewrite it from the classes",
        '',
      ]);
      expect(yamlText()).toBe(before);
    });

    it('writes nothing when already in sync', async () => {
      const result = await schema(dir, '--entry', entry);
      expect(result).toEqual({ code: 0, out: 'charmcraft.yaml is already in sync with HelloCharm\n', err: '' });
    });
  });

  describe('when the entry exports several charm classes', () => {
    let dir: string;
    let entry: string;

    beforeAll(async () => {
      dir = staleCharmDir();
      const others = 'export class OtherCharm extends CharmBase { @on.start onStart() {} }\nexport class SpecialCharm extends HelloCharm {}\n';
      entry = await bundleSchemaCharm(dir, schemaCharmSource({ extraSource: others }), 'several');
    });

    it('ignores a base class beside its subclass and asks which of the rest to use', async () => {
      const result = await schema(dir, '--check', '--entry', entry);
      expect(result.err).toBe(`jujuts schema: ${entry.slice(dir.length + 1)} exports several charm classes (OtherCharm, SpecialCharm): pass --class NAME\n`);
    });

    it('uses the one --class names', async () => {
      const result = await schema(dir, '--check', '--entry', entry, '--class', 'SpecialCharm');
      expect(result.err).toContain('is out of sync with SpecialCharm (');
    });

    it('lists the charm classes when --class names none of them', async () => {
      const result = await schema(dir, '--check', '--entry', entry, '--class', 'Nope');
      expect(result.err).toContain('exports no charm class named Nope (charm classes: HelloCharm, OtherCharm, SpecialCharm)\n');
    });
  });

  describe('when charmcraft.yaml is not valid YAML', () => {
    it('fails before compiling anything', async () => {
      const dir = makeCharmProject({ 'charmcraft.yaml': 'name: [hello\n' });
      const result = await schema(dir);
      expect(result.out).toBe('');
      expect(result.err).toMatch(/^jujuts schema: charmcraft.yaml is not valid YAML: /);
    });
  });

  describe('when the charm directory has no charmcraft.yaml', () => {
    it('fails in one line saying where it looked and how to point elsewhere', async () => {
      const dir = makeTempDir();
      const result = await schema(dir, '--entry', 'charm.js');
      expect(result.code).toBe(1);
      expect(result.err).toBe('jujuts schema: no charmcraft.yaml in .: run in the charm directory or pass --charm-dir DIR\n');
    });
  });

  describe('when the built entry does not exist', () => {
    it('says so and how to get one', async () => {
      const result = await schema(staleCharmDir(), '--entry', 'build/charm.js');
      expect(result.err).toBe('jujuts schema: --entry build/charm.js: no such file (build the charm first, or pass its TypeScript source)\n');
    });
  });

  describe('when the entry exports no charm class', () => {
    it('names the entry and the fix', async () => {
      const dir = staleCharmDir();
      writeFileSync(join(dir, 'plain.js'), 'exports.notACharm = class Plain {};\n');
      const result = await schema(dir, '--check', '--entry', 'plain.js');
      expect(result).toEqual({
        code: 1,
        out: '',
        err: 'jujuts schema: plain.js exports no charm class: add `export` to the class decorated with @charm({...}) (or with handlers)\n',
      });
    });
  });

  describe('while the entry loads', () => {
    it('sets JUJUTS_SCHEMA and hides JUJU_DISPATCH_PATH so main() does not dispatch, then restores both', async () => {
      const dir = staleCharmDir();
      const seen = join(dir, 'seen.json');
      writeFileSync(
        join(dir, 'spy.js'),
        `require('node:fs').writeFileSync(${JSON.stringify(seen)}, JSON.stringify({ schema: process.env.JUJUTS_SCHEMA, dispatch: process.env.JUJU_DISPATCH_PATH ?? null }));\n`,
      );
      process.env['JUJU_DISPATCH_PATH'] = 'hooks/install';
      try {
        await schema(dir, '--check', '--entry', 'spy.js');
        expect(JSON.parse(readFileSync(seen, 'utf8'))).toEqual({ schema: '1', dispatch: null });
        expect(process.env['JUJU_DISPATCH_PATH']).toBe('hooks/install');
        expect(process.env['JUJUTS_SCHEMA']).toBeUndefined();
      } finally {
        delete process.env['JUJU_DISPATCH_PATH'];
      }
    });
  });

  describe('when loading the entry throws', () => {
    it('reports the error in one line', async () => {
      const dir = staleCharmDir();
      writeFileSync(join(dir, 'broken.js'), "throw new TypeError('boom\\nmore');\n");
      const result = await schema(dir, '--entry', 'broken.js');
      expect(result.err).toBe('jujuts schema: loading broken.js failed: TypeError: boom; more\n');
    });
  });

  describe('when the charm is compiled from TypeScript', () => {
    it('reports tsc errors by file and line', async () => {
      const dir = makeCharmProject({ 'src/charm.ts': 'export const port: number = "8080";\n' });
      const result = await schema(dir, '--check');
      expect(result.code).toBe(1);
      expect(result.err).toMatch(/^src\/charm\.ts:1:14 error TS2322: /m);
      expect(result.err).toMatch(/jujuts schema: tsc found 1 error: fix the lines above \(compiled with tsconfig\.json\)\n$/);
    });

    it('loads what tsc emitted for the entry', async () => {
      const dir = makeCharmProject({ 'src/charm.ts': 'export const notACharm = 1;\n' });
      const result = await schema(dir, '--check');
      expect(result.out).toMatch(/^compiling with tsc into build\/tsc…\n/);
      expect(result.err).toBe('jujuts schema: build/tsc/charm.js exports no charm class: add `export` to the class decorated with @charm({...}) (or with handlers)\n');
    });
  });
});
