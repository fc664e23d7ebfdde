import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCharm, CliError } from '../../src';
import { captureIo } from '../fixtures/capture-io';
import { makeCharmProject } from '../fixtures/charm-project';
import { removeTempDirs } from '../fixtures/temp-dir';

afterAll(removeTempDirs);

const ALT_ENTRY = `declare const module: { exports: unknown };\nmodule.exports = 'alt';\n`;

async function rejection(promise: Promise<unknown>): Promise<CliError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof CliError)) throw new Error(`expected a CliError, got ${String(error)}`);
  return error;
}

function bundleExports(charmDir: string): unknown {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(join(charmDir, 'build', 'charm.js')) as unknown;
}

describe('buildCharm', () => {
  describe('with a meta.json renderer', () => {
    it('writes what it renders for the charm directory to build/meta.json', async () => {
      const charmDir = makeCharmProject();
      const seen: string[] = [];
      const result = await buildCharm({ metaJson: (dir) => (seen.push(dir), { name: 'hello', relations: {} }) }, captureIo(charmDir));
      expect(seen).toEqual([charmDir]);
      expect(result.metaJson).toBe(true);
      expect(JSON.parse(readFileSync(join(charmDir, 'build', 'meta.json'), 'utf8'))).toEqual({ name: 'hello', relations: {} });
    }, 60_000);

    it('turns a metadata error into one line and compiles nothing', async () => {
      const charmDir = makeCharmProject();
      const render = () => {
        throw new Error('charmcraft.yaml:12: requires.db.interface: expected a string');
      };
      const error = await rejection(buildCharm({ metaJson: render }, captureIo(charmDir)));
      expect(error.message).toBe('invalid charm metadata: charmcraft.yaml:12: requires.db.interface: expected a string');
      expect(existsSync(join(charmDir, 'build', 'tsc'))).toBe(false);
    });
  });

  describe('without a renderer', () => {
    it('removes a stale meta.json so pack cannot ship it', async () => {
      const charmDir = makeCharmProject({ 'build/meta.json': '{"name":"old"}' });
      const result = await buildCharm({}, captureIo(charmDir));
      expect(result.metaJson).toBe(false);
      expect(existsSync(join(charmDir, 'build', 'meta.json'))).toBe(false);
    }, 60_000);
  });

  describe('when the charm has a tsconfig.build.json', () => {
    it('compiles with it by default', async () => {
      const buildConfig = JSON.stringify({ extends: './tsconfig.json', include: ['src/alt.ts'] });
      const charmDir = makeCharmProject({ 'src/alt.ts': ALT_ENTRY, 'tsconfig.build.json': buildConfig });
      await buildCharm({ entry: 'src/alt.ts' }, captureIo(charmDir));
      expect(JSON.parse(readFileSync(join(charmDir, 'build', 'tsconfig.jujuts.json'), 'utf8'))).toMatchObject({ extends: '../tsconfig.build.json' });
      expect(existsSync(join(charmDir, 'build', 'tsc', 'charm.js'))).toBe(false);
      expect(bundleExports(charmDir)).toBe('alt');
    }, 60_000);
  });

  describe('with --entry', () => {
    it('bundles that source instead of src/charm.ts', async () => {
      const charmDir = makeCharmProject({ 'src/alt.ts': ALT_ENTRY });
      await buildCharm({ entry: 'src/alt.ts', minify: false }, captureIo(charmDir));
      expect(bundleExports(charmDir)).toBe('alt');
    }, 60_000);
  });

  describe('with a package.json main', () => {
    it('maps it to the JS tsc emitted', async () => {
      const charmDir = makeCharmProject({ 'src/alt.ts': ALT_ENTRY, 'package.json': JSON.stringify({ name: 'hello', main: 'dist/alt.js' }) });
      await buildCharm({}, captureIo(charmDir));
      expect(bundleExports(charmDir)).toBe('alt');
    }, 60_000);
  });

  describe('when the entry is not compiled', () => {
    it('says how to point at it', async () => {
      const charmDir = makeCharmProject();
      await expect(buildCharm({ entry: 'src/missing.ts' }, captureIo(charmDir))).rejects.toThrow(
        "tsc emitted no JavaScript for the entry 'src/missing.ts': check that tsconfig 'include' covers it, or pass --entry src/<file>.ts",
      );
    }, 60_000);
  });

  describe('when an import cannot be resolved', () => {
    it('shows esbuild errors at the TypeScript line and suggests --external', async () => {
      const source = `declare const require: (id: string) => unknown;\nrequire('left-pad-that-does-not-exist');\n`;
      const charmDir = makeCharmProject({ 'src/charm.ts': source });
      const io = captureIo(charmDir);
      const error = await rejection(buildCharm({}, io));
      expect(error.message).toBe('esbuild failed with 1 error: install the missing package (npm install) or pass --external NAME');
      expect(error.details).toEqual(['src/charm.ts:2:9 Could not resolve "left-pad-that-does-not-exist"']);
    }, 60_000);

    it('leaves an --external package to be required at run time', async () => {
      const source = `declare const require: (id: string) => unknown;\nexport const load = () => require('left-pad-that-does-not-exist');\n`;
      const charmDir = makeCharmProject({ 'src/charm.ts': source });
      await buildCharm({ external: ['left-pad-that-does-not-exist'], minify: false }, captureIo(charmDir));
      expect(readFileSync(join(charmDir, 'build', 'charm.js'), 'utf8')).toContain('require("left-pad-that-does-not-exist")');
    }, 60_000);
  });
});
