import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runCli } from '../../src';
import { captureIo } from '../fixtures/capture-io';
import { makeCharmProject } from '../fixtures/charm-project';
import { makeTempDir, removeTempDirs } from '../fixtures/temp-dir';

afterAll(removeTempDirs);

/** Run build/dispatch as Juju would, with a dispatch path and PATH, and read what the charm recorded. */
function dispatch(charmDir: string, dispatchPath: string, path: string) {
  const record = join(makeTempDir(), 'record.json');
  const child = spawnSync(join(charmDir, 'build', 'dispatch'), [], {
    env: { JUJU_DISPATCH_PATH: dispatchPath, CHARM_OUT: record, PATH: path },
    encoding: 'utf8',
  });
  const recorded = existsSync(record) ? (JSON.parse(readFileSync(record, 'utf8')) as { pid: number; dispatchPath: string; isMain: boolean }) : undefined;
  return { child, recorded };
}

const NODE_DIR = dirname(process.execPath);

describe('jujuts build', () => {
  describe('on a charm that compiles', () => {
    const charmDir = makeCharmProject();
    const io = captureIo(charmDir);
    let code: number;

    beforeAll(async () => {
      code = await runCli(['build', '--no-minify'], io);
    }, 60_000);

    it('exits 0 and reports each long step and the bundle size', () => {
      expect({ code, err: io.err() }).toEqual({ code: 0, err: '' });
      expect(io.out()).toMatch(/^compiling with tsc…$/m);
      expect(io.out()).toMatch(/^bundling .*charm\.js with esbuild…$/m);
      expect(io.out()).toMatch(/^built hello: build\/charm\.js \(\d+(\.\d)? (B|KiB)\)/m);
    });

    it('writes one CommonJS bundle with an external source map', () => {
      const bundle = readFileSync(join(charmDir, 'build', 'charm.js'), 'utf8');
      expect(bundle).toContain('JUJU_DISPATCH_PATH');
      expect(bundle).toMatch(/\/\/# sourceMappingURL=charm\.js\.map\s*$/);
      const map = JSON.parse(readFileSync(join(charmDir, 'build', 'charm.js.map'), 'utf8')) as { sources: string[] };
      expect(map.sources.some((s) => s.endsWith('src/charm.ts'))).toBe(true);
    });

    it('writes an executable dispatch script', () => {
      expect(statSync(join(charmDir, 'build', 'dispatch')).mode & 0o777).toBe(0o755);
    });

    it('makes a bundle that runs with node as the main module (charms guard main() on it)', () => {
      const record = join(makeTempDir(), 'r.json');
      const run = spawnSync(process.execPath, [join(charmDir, 'build', 'charm.js')], {
        env: { JUJU_DISPATCH_PATH: 'hooks/install', CHARM_OUT: record },
      });
      expect(run.status).toBe(0);
      expect(JSON.parse(readFileSync(record, 'utf8'))).toMatchObject({ dispatchPath: 'hooks/install', isMain: true });
    });

    it('refuses a Node older than 20 with one line saying which is needed', () => {
      const preload = join(makeTempDir(), 'old-node.js');
      writeFileSync(preload, "Object.defineProperty(process, 'versions', { value: { ...process.versions, node: '18.19.0' } });\n");
      const run = spawnSync(process.execPath, ['--require', preload, join(charmDir, 'build', 'charm.js')], { encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr).toBe(
        `jujuts: this charm needs Node >= 20 but ${process.execPath} is ${process.version}; pack it with 'jujuts pack --node PATH' or install a newer node on the unit\n`,
      );
    });

    describe('when Juju runs dispatch with node on PATH', () => {
      it('execs node in its own process with the dispatch path', () => {
        const { child, recorded } = dispatch(charmDir, 'hooks/config-changed', NODE_DIR);
        expect(child.status).toBe(0);
        // exec replaces the shell, so node has the pid Juju started.
        expect(recorded).toEqual({ pid: child.pid, dispatchPath: 'hooks/config-changed', isMain: true });
      });

      it("returns the charm's exit code", () => {
        expect(dispatch(charmDir, 'hooks/broken', NODE_DIR).child.status).toBe(3);
      });
    });

    describe('when the charm ships its own node', () => {
      it('runs that one, even without node on PATH', () => {
        const shipped = join(charmDir, 'build', 'node');
        writeFileSync(shipped, `#!/bin/sh\nexec "${process.execPath}" "$@"\n`, { mode: 0o755 });
        try {
          const { child, recorded } = dispatch(charmDir, 'hooks/start', '/nonexistent');
          expect(child.status).toBe(0);
          expect(recorded?.dispatchPath).toBe('hooks/start');
        } finally {
          rmSync(shipped);
        }
      });
    });

    describe('when there is no node at all', () => {
      it('fails with exit 1 and says which Node is needed', () => {
        const { child, recorded } = dispatch(charmDir, 'hooks/install', '/nonexistent');
        expect(child.status).toBe(1);
        expect(recorded).toBeUndefined();
        expect(child.stderr).toBe(
          "jujuts: no Node.js found: this charm needs Node >= 20; pack it with 'jujuts pack --node PATH' or install node on the unit\n",
        );
      });
    });
  });

  describe('when the charm has type errors', () => {
    it('prints each error as file:line:col and one summary line', async () => {
      const charmDir = makeCharmProject({ 'src/charm.ts': 'const port: number = "8080";\nexport {};\n' });
      const io = captureIo(charmDir);
      const code = await runCli(['build'], io);
      expect(code).toBe(1);
      expect(io.err()).toContain("src/charm.ts:1:7 error TS2322: Type 'string' is not assignable to type 'number'.\n");
      expect(io.err()).toMatch(/jujuts build: tsc found 1 error: fix the lines above/);
      expect(existsSync(join(charmDir, 'build', 'charm.js'))).toBe(false);
    }, 60_000);
  });

  describe('when minifying (the default)', () => {
    it('keeps class names', async () => {
      const source = 'declare const module: { exports: unknown };\nclass WebCharm {}\nmodule.exports = WebCharm.name;\n';
      const charmDir = makeCharmProject({ 'src/charm.ts': source });
      expect(await runCli(['build'], captureIo(charmDir))).toBe(0);
      const run = spawnSync(process.execPath, ['-p', `require(${JSON.stringify(join(charmDir, 'build', 'charm.js'))})`], { encoding: 'utf8' });
      expect(run.stdout.trim()).toBe('WebCharm');
    }, 60_000);
  });

  describe('when the charm uses decorators', () => {
    it('keeps the design-time metadata tsc emitted', async () => {
      const source = [
        'declare const globalThis: { seen: unknown[] };',
        'globalThis.seen = [];',
        'function record(_t: object, _k: string, d: PropertyDescriptor) { return d; }',
        'class Charm { @record onEvent(_e: Charm): void {} }',
        'export { Charm };',
      ].join('\n');
      const charmDir = makeCharmProject({ 'src/charm.ts': source });
      expect(await runCli(['build', '--no-minify'], captureIo(charmDir))).toBe(0);
      expect(readFileSync(join(charmDir, 'build', 'charm.js'), 'utf8')).toContain('"design:paramtypes"');
    }, 60_000);
  });

  describe('when the charm compiles only as CommonJS', () => {
    it("builds it with the charm's own module setting and says so", async () => {
      const charmDir = makeCharmProject({
        'src/answer.ts': 'const answer = 42;\nexport = answer;\n',
        'src/charm.ts': "import answer = require('./answer');\ndeclare const module: { exports: unknown };\nmodule.exports = answer;\n",
      });
      const io = captureIo(charmDir);
      expect(await runCli(['build'], io)).toBe(0);
      expect(io.out()).toMatch(/^note: compiled with the charm's own module setting, as it does not compile as ES modules \(src\/answer\.ts:2:1 error TS1203: Export assignment cannot be used when targeting ECMAScript modules\..*\); the bundle keeps whole libraries$/m);
      const run = spawnSync(process.execPath, ['-p', `require(${JSON.stringify(join(charmDir, 'build', 'charm.js'))})`], { encoding: 'utf8' });
      expect(run.stdout.trim()).toBe('42');
    }, 60_000);
  });

  describe('when there is no charmcraft.yaml', () => {
    it('fails with one line that says where to run it', async () => {
      const dir = makeTempDir();
      const io = captureIo(dir);
      expect(await runCli(['build'], io)).toBe(1);
      expect(io.err()).toBe(
        `jujuts build: no charmcraft.yaml in ${dir}: run this in a charm directory, pass --charm-dir, or create one with 'jujuts init <name>'\n`,
      );
    });
  });

  describe('when the tsconfig is missing', () => {
    it('names the file and the option', async () => {
      const charmDir = makeCharmProject({ 'tsconfig.json': undefined });
      const io = captureIo(charmDir);
      expect(await runCli(['build'], io)).toBe(1);
      expect(io.err()).toMatch(/^jujuts build: no tsconfig\.json in .*: add a tsconfig\.json or pass --tsconfig PATH\n$/);
    });
  });

  describe('with --charm-dir', () => {
    it('builds that directory', async () => {
      const charmDir = makeCharmProject();
      expect(await runCli(['build', '--charm-dir', charmDir], captureIo(makeTempDir()))).toBe(0);
      expect(existsSync(join(charmDir, 'build', 'dispatch'))).toBe(true);
    }, 60_000);
  });
});
