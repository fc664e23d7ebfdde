import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPaths, resolveTsc, writeTsconfigOverlay } from '../../src/compile';
import { makeCharmProject } from '../fixtures/charm-project';
import { removeTempDirs } from '../fixtures/temp-dir';

afterAll(removeTempDirs);

describe('resolveTsc', () => {
  describe('when the charm has its own typescript', () => {
    it('uses it, so the charm compiles with the version it pins', () => {
      const charmDir = makeCharmProject();
      const pkgDir = join(charmDir, 'node_modules', 'typescript');
      mkdirSync(join(pkgDir, 'bin'), { recursive: true });
      writeFileSync(join(pkgDir, 'package.json'), JSON.stringify({ name: 'typescript', version: '5.9.3' }));
      writeFileSync(join(pkgDir, 'bin', 'tsc'), '');
      expect(resolveTsc(charmDir)).toBe(join(pkgDir, 'bin', 'tsc'));
    });
  });

  describe('when it has none', () => {
    it("falls back to the CLI's own", () => {
      expect(resolveTsc(makeCharmProject())).toBe(require.resolve('typescript/bin/tsc'));
    });
  });
});

describe('writeTsconfigOverlay', () => {
  const plainEmit = {
    outDir: './tsc',
    noEmit: false,
    emitDeclarationOnly: false,
    declaration: false,
    declarationMap: false,
    composite: false,
    incremental: false,
    sourceMap: true,
  };

  describe("with the charm's own module setting", () => {
    it("extends the charm's tsconfig and forces a plain JS emit into build/tsc", () => {
      const charmDir = makeCharmProject();
      const file = writeTsconfigOverlay(buildPaths(charmDir), join(charmDir, 'tsconfig.json'), 'charm');
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ extends: '../tsconfig.json', compilerOptions: plainEmit });
    });
  });

  describe('for the bundle (ES modules)', () => {
    it('also makes tsc emit ES modules, which esbuild can tree-shake', () => {
      const charmDir = makeCharmProject();
      const file = writeTsconfigOverlay(buildPaths(charmDir), join(charmDir, 'tsconfig.json'), 'es');
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
        extends: '../tsconfig.json',
        compilerOptions: { ...plainEmit, module: 'es2022', moduleResolution: 'bundler' },
      });
    });
  });
});
