import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { parse, stringify } from 'yaml';
import { runCli } from '../../src';
import { captureIo } from '../fixtures/capture-io';
import { charmcraftData, makeCharmProject } from '../fixtures/charm-project';
import { makeFakeElf } from '../fixtures/fake-elf';
import { makeTempDir, removeTempDirs } from '../fixtures/temp-dir';

afterAll(removeTempDirs);

async function openCharm(file: string): Promise<JSZip> {
  return JSZip.loadAsync(readFileSync(file));
}

async function yamlEntry(zip: JSZip, name: string): Promise<unknown> {
  const text = await zip.file(name)?.async('string');
  if (text === undefined) throw new Error(`${name} is not in the charm`);
  return parse(text);
}

/** The unix permission bits of an entry (jszip reports the full st_mode). */
function modeOf(zip: JSZip, name: string): number | undefined {
  const mode = zip.file(name)?.unixPermissions;
  return typeof mode === 'number' ? mode & 0o777 : undefined;
}

describe('jujuts pack', () => {
  describe('after a build', () => {
    const charmDir = makeCharmProject();
    const io = captureIo(charmDir);
    let zip: JSZip;

    beforeAll(async () => {
      expect(await runCli(['build'], captureIo(charmDir))).toBe(0);
      expect(await runCli(['pack'], io)).toBe(0);
      zip = await openCharm(join(charmDir, 'hello_amd64.charm'));
    }, 60_000);

    it('names the file <name>_<platform>.charm as charmcraft does and says so', () => {
      expect(io.out()).toMatch(/^packed hello_amd64\.charm \(\d/m);
    });

    it('contains exactly the files Juju needs', () => {
      expect(Object.keys(zip.files).sort()).toEqual(
        ['actions.yaml', 'charm.js', 'charm.js.cache', 'charm.js.map', 'code-cache.js', 'config.yaml', 'dispatch', 'manifest.yaml', 'meta.json', 'metadata.yaml'].sort(),
      );
    });

    it('marks dispatch executable and the rest not', () => {
      expect(modeOf(zip, 'dispatch')).toBe(0o755);
      expect(modeOf(zip, 'charm.js')).toBe(0o644);
      expect(modeOf(zip, 'metadata.yaml')).toBe(0o644);
    });

    it('ships the built bundle and dispatch byte for byte', async () => {
      expect(await zip.file('charm.js')?.async('string')).toBe(readFileSync(join(charmDir, 'build', 'charm.js'), 'utf8'));
      expect(await zip.file('dispatch')?.async('string')).toBe(readFileSync(join(charmDir, 'build', 'dispatch'), 'utf8'));
    });

    it('renders metadata.yaml with the metadata keys only, title as display-name', async () => {
      expect(await yamlEntry(zip, 'metadata.yaml')).toEqual({
        name: 'hello',
        'display-name': 'Hello',
        summary: 'Says hello.',
        description: 'A tiny charm for tests.',
        requires: { db: { interface: 'postgresql_client', limit: 1 } },
        peers: { cluster: { interface: 'hello_peers' } },
        containers: { web: { resource: 'web-image' } },
        resources: { 'web-image': { type: 'oci-image', description: 'the image' } },
      });
    });

    it('renders config.yaml from config', async () => {
      expect(await yamlEntry(zip, 'config.yaml')).toEqual({
        options: { 'log-level': { type: 'string', default: 'info', description: 'How much to log.' } },
      });
    });

    it('renders actions.yaml from actions', async () => {
      expect(await yamlEntry(zip, 'actions.yaml')).toEqual({ backup: { description: 'Back up.', params: { path: { type: 'string' } } } });
    });

    it('writes a manifest with the bases charmcraft would record', async () => {
      const manifest = (await yamlEntry(zip, 'manifest.yaml')) as Record<string, unknown>;
      expect(manifest.bases).toEqual([{ name: 'ubuntu', channel: '22.04', architectures: ['amd64'] }]);
      expect(manifest['charmcraft-version']).toMatch(/^jujuts \d+\.\d+\.\d+/);
      expect(Number.isNaN(Date.parse(String(manifest['charmcraft-started-at'])))).toBe(false);
      expect(manifest.analysis).toEqual({ attributes: expect.any(Array) as unknown });
    });
  });

  describe('with legacy bases', () => {
    it('names the file after the run-on base as charmcraft does', async () => {
      const data = charmcraftData({ platforms: undefined, base: undefined, bases: [{ name: 'ubuntu', channel: '22.04', architectures: ['arm64'] }] });
      const charmDir = makeCharmProject({ 'charmcraft.yaml': stringify(data) });
      expect(await runCli(['pack', '--build'], captureIo(charmDir))).toBe(0);
      const zip = await openCharm(join(charmDir, 'hello_ubuntu-22.04-arm64.charm'));
      expect((await yamlEntry(zip, 'manifest.yaml')) as Record<string, unknown>).toMatchObject({
        bases: [{ name: 'ubuntu', channel: '22.04', architectures: ['arm64'] }],
      });
    }, 60_000);
  });

  describe('when the project has a legacy metadata.yaml', () => {
    it('ships it verbatim', async () => {
      const legacy = 'name: hello\nsummary: from the legacy file\n';
      const charmDir = makeCharmProject({ 'metadata.yaml': legacy });
      expect(await runCli(['pack', '--build'], captureIo(charmDir))).toBe(0);
      const zip = await openCharm(join(charmDir, 'hello_amd64.charm'));
      expect(await zip.file('metadata.yaml')?.async('string')).toBe(legacy);
    }, 60_000);
  });

  describe('with --node', () => {
    const charmDir = makeCharmProject();
    beforeAll(async () => {
      expect(await runCli(['build'], captureIo(charmDir))).toBe(0);
    }, 60_000);

    it('ships a binary of the right architecture as an executable ./node', async () => {
      const node = makeFakeElf('amd64');
      const out = makeTempDir();
      expect(await runCli(['pack', '--node', node, '--output', out], captureIo(charmDir))).toBe(0);
      const zip = await openCharm(join(out, 'hello_amd64.charm'));
      expect(modeOf(zip, 'node')).toBe(0o755);
      expect(await zip.file('node')?.async('nodebuffer')).toEqual(readFileSync(node));
    });

    it('refuses a binary for another architecture, naming both', async () => {
      const node = makeFakeElf('arm64');
      const io = captureIo(charmDir);
      expect(await runCli(['pack', '--node', node, '--output', join(charmDir, 'x.charm')], io)).toBe(1);
      expect(io.err()).toBe(
        `jujuts pack: ${node} is a Node binary for arm64 but platform 'amd64' is amd64: pass a Node build for linux-x64\n`,
      );
      expect(existsSync(join(charmDir, 'x.charm'))).toBe(false);
    });

    it('refuses a file that is not an executable', async () => {
      const notElf = join(makeTempDir(), 'node');
      writeFileSync(notElf, '#!/bin/sh\necho hi\n');
      const io = captureIo(charmDir);
      expect(await runCli(['pack', '--node', notElf], io)).toBe(1);
      expect(io.err()).toMatch(/is not a Linux executable \(no ELF header\)/);
    });
  });

  describe('before any build', () => {
    it('says to build first', async () => {
      const charmDir = makeCharmProject();
      const io = captureIo(charmDir);
      expect(await runCli(['pack'], io)).toBe(1);
      expect(io.err()).toBe("jujuts pack: build/charm.js is missing: run 'jujuts build' first, or 'jujuts pack --build'\n");
    });
  });

  describe('when several platforms are declared', () => {
    it('asks for --platform and lists them', async () => {
      const charmDir = makeCharmProject({ 'charmcraft.yaml': stringify(charmcraftData({ platforms: { amd64: null, arm64: null } })) });
      const io = captureIo(charmDir);
      expect(await runCli(['pack'], io)).toBe(1);
      expect(io.err()).toMatch(/declares several platforms: pass --platform NAME \(platforms: amd64, arm64\)\n$/);
    });
  });
});

describe('jujuts pack --output', () => {
  it('refuses a file in a directory that does not exist, before building', async () => {
    const charmDir = makeCharmProject();
    const io = captureIo(charmDir);
    expect(await runCli(['pack', '--build', '--output', 'out/hello.charm'], io)).toBe(1);
    expect(io.err()).toBe('jujuts pack: cannot write out/hello.charm: directory out does not exist (create it, or pass an existing directory)\n');
    expect(io.out()).toBe('');
  });

  it('writes to a file path when given one', async () => {
    const charmDir = makeCharmProject();
    expect(await runCli(['pack', '--build', '-o', 'custom.charm'], captureIo(charmDir))).toBe(0);
    expect(existsSync(join(charmDir, 'custom.charm'))).toBe(true);
  }, 60_000);
});

describe('jujuts pack on a charm with an invalid name', () => {
  it('refuses it with the rule, naming the file', async () => {
    const charmDir = makeCharmProject({ 'charmcraft.yaml': stringify(charmcraftData({ name: 'Hello_World' })) });
    const io = captureIo(charmDir);
    expect(await runCli(['pack'], io)).toBe(1);
    expect(io.err()).toBe(
      `jujuts pack: ${join(charmDir, 'charmcraft.yaml')}: invalid charm name 'Hello_World': use lowercase letters, digits and hyphens, start with a letter, and give each hyphenated part a letter (try 'hello-world')\n`,
    );
  });
});

describe('jujuts pack on a charm with README.md, LICENSE and icon.svg', () => {
  it('ships them as charmcraft does', async () => {
    const charmDir = makeCharmProject({ 'README.md': '# hello\n', LICENSE: 'Apache-2.0\n', 'icon.svg': '<svg/>' });
    expect(await runCli(['pack', '--build'], captureIo(charmDir))).toBe(0);
    const zip = await openCharm(join(charmDir, 'hello_amd64.charm'));
    expect(await zip.file('README.md')?.async('string')).toBe('# hello\n');
    expect(await zip.file('LICENSE')?.async('string')).toBe('Apache-2.0\n');
    expect(await zip.file('icon.svg')?.async('string')).toBe('<svg/>');
  }, 60_000);
});

describe('jujuts pack --platform', () => {
  it('packs the named platform, its name in the file and its arch in the manifest', async () => {
    const charmDir = makeCharmProject({ 'charmcraft.yaml': stringify(charmcraftData({ platforms: { amd64: null, arm64: null } })) });
    expect(await runCli(['pack', '--build', '--platform', 'arm64'], captureIo(charmDir))).toBe(0);
    const zip = await openCharm(join(charmDir, 'hello_arm64.charm'));
    expect(await yamlEntry(zip, 'manifest.yaml')).toMatchObject({ bases: [{ name: 'ubuntu', channel: '22.04', architectures: ['arm64'] }] });
  }, 60_000);
});
