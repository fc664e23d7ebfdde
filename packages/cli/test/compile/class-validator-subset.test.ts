import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bundleCharm } from '../../src/compile';
import { makeTempDir, removeTempDirs } from '../fixtures/temp-dir';

afterAll(removeTempDirs);

const CLASS_VALIDATOR = realpathSync(dirname(require.resolve('class-validator/package.json')));

/**
 * A charm dir with class-validator, a stand-in @jujuts/ops whose
 * dist/typed/lazy-libs.js requires class-validator lazily (declaring the
 * functions it uses, or not), and an ES-module entry that validates with
 * one decorator through it, printing the failed constraints.
 */
function charmWithOps(declared: readonly string[] | undefined): string {
  const dir = makeTempDir('jujuts-cv-subset-');
  const files: Record<string, string> = {
    'node_modules/@jujuts/ops/package.json': JSON.stringify({ name: '@jujuts/ops', version: '0.0.0' }),
    'node_modules/@jujuts/ops/dist/typed/lazy-libs.js': [
      declared === undefined ? '' : `exports.CLASS_VALIDATOR_FUNCTIONS = ${JSON.stringify(declared)};`,
      "exports.classValidator = () => require('class-validator');",
    ].join('\n'),
    'entry.mjs': [
      "import { IsInt } from 'class-validator';",
      "import lazy from '@jujuts/ops/dist/typed/lazy-libs.js';",
      "class Config { constructor() { this.port = 'eighty'; } }",
      "IsInt()(Config.prototype, 'port');",
      'const errors = lazy.classValidator().validateSync(new Config());',
      'console.log(JSON.stringify(errors.map((e) => Object.keys(e.constraints))));',
    ].join('\n'),
  };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  symlinkSync(CLASS_VALIDATOR, join(dir, 'node_modules', 'class-validator'));
  return dir;
}

async function bundled(dir: string): Promise<{ text: string; output: string }> {
  const outfile = join(dir, 'build', 'charm.js');
  await bundleCharm({ entry: join(dir, 'entry.mjs'), outfile, charmDir: dir, minify: false, external: [] });
  const run = spawnSync(process.execPath, [outfile], { encoding: 'utf8' });
  return { text: readFileSync(outfile, 'utf8'), output: run.stdout.trim() + run.stderr.trim() };
}

describe('classValidatorSubset (in bundleCharm)', () => {
  describe("when ops declares the class-validator functions it calls", () => {
    it('bundles only those and what the charm imports, and validation still works', async () => {
      const { text, output } = await bundled(charmWithOps(['validateSync', 'getMetadataStorage']));
      expect(output).toBe('[["isInt"]]');
      // libphonenumber (IsPhoneNumber) and validator.js's isEmail are what the whole library drags in.
      expect(text).not.toMatch(/parsePhoneNumber|isEmail/);
    }, 60_000);
  });

  describe('when ops declares nothing (an older ops)', () => {
    it('bundles the whole library, as a require needs', async () => {
      const { text, output } = await bundled(charmWithOps(undefined));
      expect(output).toBe('[["isInt"]]');
      expect(text).toMatch(/parsePhoneNumber/);
    }, 60_000);
  });

  describe('when the declared list is not a list of names', () => {
    it('ignores it and bundles the whole library', async () => {
      const { text, output } = await bundled(charmWithOps(['validateSync; not a name']));
      expect(output).toBe('[["isInt"]]');
      expect(text).toMatch(/parsePhoneNumber/);
    }, 60_000);
  });
});
