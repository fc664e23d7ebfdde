import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { runCli } from '../../src';
import { captureIo } from '../fixtures/capture-io';
import { makeTempDir, removeTempDirs } from '../fixtures/temp-dir';

afterAll(removeTempDirs);

async function init(args: string[]) {
  const cwd = makeTempDir();
  const io = captureIo(cwd);
  const code = await runCli(['init', ...args], io);
  return { cwd, code, out: io.out(), err: io.err() };
}

const FILES = ['.gitignore', 'README.md', 'charmcraft.yaml', 'jest.config.js', 'package.json', 'src/charm.ts', 'test/charm.test.ts', 'tsconfig.build.json', 'tsconfig.json'];

describe('jujuts init', () => {
  describe('for a Kubernetes charm (the default)', () => {
    let project: Awaited<ReturnType<typeof init>>;
    const file = (path: string) => readFileSync(join(project.cwd, 'my-app', path), 'utf8');

    beforeAll(async () => {
      project = await init(['my-app']);
    });

    it('creates every project file in ./<name>', () => {
      expect(project.code).toBe(0);
      const written = readdirSync(join(project.cwd, 'my-app'), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => relative(join(project.cwd, 'my-app'), join(entry.parentPath, entry.name)));
      expect(written.sort()).toEqual([...FILES].sort());
      expect(project.out).toMatch(/^created Kubernetes charm my-app in my-app\/ \(9 files\)$/m);
    });

    it('declares a workload container and its OCI image resource', () => {
      const meta = parse(file('charmcraft.yaml')) as Record<string, Record<string, unknown>>;
      expect(meta.name).toBe('my-app');
      expect(meta.containers).toEqual({ workload: { resource: 'workload-image' } });
      expect(meta.resources?.['workload-image']).toMatchObject({ type: 'oci-image' });
      expect(meta).toMatchObject({ base: 'ubuntu@22.04', platforms: { amd64: null } });
      expect(meta.config).toEqual({ options: { 'log-level': expect.objectContaining({ type: 'string', default: 'info' }) as unknown } });
    });

    it('writes a charm class that calls main (a no-op when a test imports it)', () => {
      const charm = file('src/charm.ts');
      expect(charm).toContain('@charm({ config: MyAppConfig })');
      expect(charm).toContain('export class MyAppCharm extends CharmBase<MyAppConfig>');
      expect(charm).toContain('@workload.pebbleReady');
      expect(charm).toMatch(/^void main\(MyAppCharm\);$/m);
      expect(charm).toContain("@option({ description: 'How much the workload logs (debug, info, warning or error).' })");
    });

    it('writes a test that runs the charm with @jujuts/testing', () => {
      const test = file('test/charm.test.ts');
      expect(test).toContain("import { Context, State } from '@jujuts/testing';");
      expect(test).toContain('const ctx = new Context(MyAppCharm);');
      expect(test).toContain('ctx.on.configChanged()');
    });

    it('wires build, pack and test scripts and the jujuts packages', () => {
      const pkg = JSON.parse(file('package.json')) as Record<string, Record<string, string>>;
      expect(pkg.scripts).toEqual({ build: 'jujuts build', pack: 'jujuts pack', test: 'jest' });
      expect(pkg.dependencies?.['@jujuts/ops']).toBe('0.1.0');
      expect(pkg.devDependencies?.['@jujuts/testing']).toBe('0.1.0');
      expect(pkg.devDependencies?.['@jujuts/cli']).toBe('0.1.0');
    });

    it('turns on the decorator settings jujuts needs', () => {
      const { compilerOptions } = JSON.parse(file('tsconfig.json')) as { compilerOptions: Record<string, unknown> };
      expect(compilerOptions).toMatchObject({ experimentalDecorators: true, emitDecoratorMetadata: true, useDefineForClassFields: false });
    });

    it('builds only src, so a test cannot break the charm build', () => {
      expect(JSON.parse(file('tsconfig.build.json'))).toEqual({ extends: './tsconfig.json', compilerOptions: { types: ['node'] }, include: ['src'] });
    });

    it('loads reflect-metadata before tests', () => {
      expect(file('jest.config.js')).toContain("setupFiles: ['reflect-metadata']");
    });
  });

  describe('with --machine', () => {
    it('declares no containers or resources', async () => {
      const { cwd, code } = await init(['edge', '--machine']);
      expect(code).toBe(0);
      const meta = parse(readFileSync(join(cwd, 'edge', 'charmcraft.yaml'), 'utf8')) as Record<string, unknown>;
      expect(meta.containers).toBeUndefined();
      expect(meta.resources).toBeUndefined();
      expect(readFileSync(join(cwd, 'edge', 'src', 'charm.ts'), 'utf8')).not.toContain('pebbleReady');
    });
  });

  describe('with --dir', () => {
    it('creates the project there', async () => {
      const { cwd, code } = await init(['hello', '--dir', 'charms/hello-k8s']);
      expect(code).toBe(0);
      expect(existsSync(join(cwd, 'charms', 'hello-k8s', 'charmcraft.yaml'))).toBe(true);
    });
  });

  describe('with both --k8s and --machine', () => {
    it('is a usage error', async () => {
      const { code, err } = await init(['hello', '--k8s', '--machine']);
      expect(code).toBe(2);
      expect(err).toBe("jujuts init: --k8s and --machine exclude each other: pick one (see 'jujuts init --help')\n");
    });
  });

  describe('with an invalid charm name', () => {
    it.each(['MyApp', '1app', 'my_app', 'app-', 'app-1'])('refuses %s with the rule', async (name) => {
      const { code, err, cwd } = await init([name]);
      expect(code).toBe(1);
      expect(err).toMatch(/^jujuts init: invalid charm name '.*': use lowercase letters, digits and hyphens, start with a letter/);
      expect(existsSync(join(cwd, name))).toBe(false);
    });

    it('suggests a valid spelling', async () => {
      expect((await init(['My_App'])).err).toContain("(try 'my-app')");
    });
  });

  describe('without a name', () => {
    it('is a usage error', async () => {
      expect(await init([])).toMatchObject({ code: 2, err: 'jujuts init: missing <name> (usage: jujuts init <name> [--k8s|--machine] [--dir DIR])\n' });
    });
  });

  describe('when the directory already has files', () => {
    it('refuses to overwrite them', async () => {
      const cwd = makeTempDir();
      mkdirSync(join(cwd, 'taken'));
      writeFileSync(join(cwd, 'taken', 'keep.txt'), 'mine');
      const io = captureIo(cwd);
      expect(await runCli(['init', 'taken'], io)).toBe(1);
      expect(io.err()).toBe('jujuts init: taken already exists and is not empty: choose another --dir or remove it\n');
      expect(readFileSync(join(cwd, 'taken', 'keep.txt'), 'utf8')).toBe('mine');
    });
  });
});
