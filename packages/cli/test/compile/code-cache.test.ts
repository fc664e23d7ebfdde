import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildCodeCache, buildPaths, CODE_CACHE_DEBUG_ENV, dispatchScript } from '../../src/compile';
import { makeTempDir, removeTempDirs } from '../fixtures/temp-dir';

afterAll(removeTempDirs);

// A charm.js that reports whether it is the main module (charms guard main() on it) and what it was asked.
const CHARM_JS = [
  "const { join } = require('node:path');",
  'function answer() { return 6 * 7; }',
  'process.stdout.write(JSON.stringify({ main: require.main === module, dir: join(__filename, ".."), path: process.env.JUJU_DISPATCH_PATH, answer: answer() }));',
].join('\n');

/** A built charm dir (build/dispatch, build/charm.js) with its code cache recorded by this node. */
function builtCharm(): ReturnType<typeof buildPaths> {
  const paths = buildPaths(makeTempDir('jujuts-code-cache-'));
  mkdirSync(paths.buildDir, { recursive: true });
  writeFileSync(paths.bundle, CHARM_JS);
  writeFileSync(paths.dispatch, dispatchScript(), { mode: 0o755 });
  return paths;
}

function dispatch(cwd: string, command: string, args: string[] = []) {
  const run = spawnSync(command, args, {
    cwd,
    env: { JUJU_DISPATCH_PATH: 'hooks/start', PATH: dirname(process.execPath), [CODE_CACHE_DEBUG_ENV]: '1' },
    encoding: 'utf8',
  });
  return { status: run.status, cache: /jujuts code cache: (\w+)/.exec(run.stderr)?.[1] ?? 'not loaded', out: run.stdout ? (JSON.parse(run.stdout) as Record<string, unknown>) : undefined, stderr: run.stderr };
}

describe('code cache', () => {
  describe('when build recorded one', () => {
    it('writes the loader and a non-empty cache', () => {
      const paths = builtCharm();
      expect(buildCodeCache(paths, process.execPath)).toBeGreaterThan(0);
      expect(existsSync(paths.codeCacheLoader)).toBe(true);
    });

    it('runs the charm compiled from it, as the main module, however dispatch is called', () => {
      const paths = builtCharm();
      buildCodeCache(paths, process.execPath);
      const expected = { status: 0, cache: 'used', out: { main: true, dir: paths.buildDir, path: 'hooks/start', answer: 42 } };
      expect(dispatch(paths.buildDir, paths.dispatch)).toMatchObject(expected);
      expect(dispatch(paths.charmDir, 'build/dispatch')).toMatchObject(expected);
      expect(dispatch(paths.buildDir, './dispatch')).toMatchObject(expected);
      expect(dispatch(paths.buildDir, 'sh', ['dispatch'])).toMatchObject(expected);
    });
  });

  describe('when the cache does not fit (damaged, another node, or stale)', () => {
    it('lets V8 refuse a damaged one and runs the charm compiled afresh', () => {
      const paths = builtCharm();
      buildCodeCache(paths, process.execPath);
      const cache = readFileSync(paths.codeCache);
      // Past the 65-byte header (the source's sha256 and a newline): V8's own data.
      cache.fill(7, 65, 129);
      writeFileSync(paths.codeCache, cache);
      expect(dispatch(paths.buildDir, paths.dispatch)).toMatchObject({ status: 0, cache: 'rejected', out: { main: true, answer: 42 } });
    });

    it('never uses a cache made for another charm.js, even one of the same length (V8 alone would run the old code)', () => {
      const paths = builtCharm();
      buildCodeCache(paths, process.execPath);
      writeFileSync(paths.bundle, CHARM_JS.replace('6 * 7', '6 * 8'));
      expect(dispatch(paths.buildDir, paths.dispatch)).toMatchObject({ status: 0, cache: 'stale', out: { answer: 48 } });
    });
  });

  describe('when the cache file is empty or missing', () => {
    it('runs the charm compiled afresh', () => {
      const paths = builtCharm();
      buildCodeCache(paths, process.execPath);
      writeFileSync(paths.codeCache, '');
      expect(dispatch(paths.buildDir, paths.dispatch)).toMatchObject({ status: 0, cache: 'stale', out: { answer: 42 } });
      rmSync(paths.codeCache);
      expect(dispatch(paths.buildDir, paths.dispatch)).toMatchObject({ status: 0, cache: 'none', out: { answer: 42 } });
    });
  });

  describe('when the charm cannot load outside Juju', () => {
    it('records no cache and leaves no loader, so dispatch runs charm.js as before', () => {
      const paths = builtCharm();
      writeFileSync(paths.bundle, "throw new Error('needs Juju');\n");
      expect(buildCodeCache(paths, process.execPath)).toBeUndefined();
      expect([existsSync(paths.codeCacheLoader), existsSync(paths.codeCache)]).toEqual([false, false]);
      expect(dispatch(paths.buildDir, paths.dispatch)).toMatchObject({ status: 1, cache: 'not loaded' });
    });
  });
});
