import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildCodeCache, buildPaths, CODE_CACHE, CODE_CACHE_LOADER, describeSnapshotNode, SEA_USE, shippedSeaFile, shippedSnapshotFiles } from '../compile';
import { manifestOf, readCharmcraftProject, selectCharmPlatform } from '../charmcraft';
import { CliError } from '../errors';
import { type CliIo, displayPath, formatSize, say, step } from '../io';
import { type CharmEntry, checkNodeArchitecture, metadataEntries, renderedYamlEntry, zipCharm } from '../pack';
import { cliVersion } from '../version';
import { buildCharm } from './build';
import type { CommandSpec } from './command';
import { flagOption, stringOption } from './option-values';

/** Options of `jujuts pack`. */
export interface PackOptions {
  readonly charmDir?: string;
  /** A directory to write into, or the .charm file path (default: the current directory). */
  readonly output?: string;
  /** A Linux Node.js binary to ship as `node` in the charm. */
  readonly node?: string;
  /** The platform to pack when charmcraft.yaml declares several. */
  readonly platform?: string;
  /** Run `jujuts build` first. */
  readonly build?: boolean;
  /** Ship a startup snapshot built with `node` (which is required): dispatch uses it with that node only. */
  readonly snapshot?: boolean;
  /** Ship `charm-sea`, `node` (default: the one running jujuts) with the charm's startup snapshot inside, instead of `node`. */
  readonly sea?: boolean;
}

/** What `jujuts pack` wrote. */
export interface PackResult {
  readonly file: string;
  readonly entries: readonly string[];
}

/** Pack the built charm into `<name>_<platform>.charm`, the zip Juju deploys. */
export async function packCharm(options: PackOptions, io: CliIo): Promise<PackResult> {
  const charmDir = resolve(io.cwd, options.charmDir ?? '.');
  const project = readCharmcraftProject(charmDir);
  const platform = selectCharmPlatform(project, options.platform);
  const sea = options.sea === true;
  if (sea && options.snapshot === true) {
    throw new CliError('--sea and --snapshot exclude each other: charm-sea carries its own startup snapshot and dispatch runs it first; drop --snapshot');
  }
  const node = options.node === undefined ? (sea ? process.execPath : undefined) : resolve(io.cwd, options.node);
  if (node !== undefined) checkNodeArchitecture(node, platform.bases.flatMap((b) => b.architectures), platform.name);
  if (sea && node !== undefined) describeSnapshotNode(node, SEA_USE);
  if (options.snapshot === true && node === undefined) {
    throw new CliError('--snapshot needs --node PATH: a blob loads only in the node binary that built it, and a shipped node is the only one known at pack time');
  }
  if (options.snapshot === true && node !== undefined) describeSnapshotNode(node);
  // Check every input before a slow build, so a typo fails in milliseconds.
  const file = outputFile(options.output, io.cwd, `${project.name}_${platform.name}.charm`);
  const snapshotBuild = options.snapshot === true ? { snapshot: true, node } : sea ? { sea: true, node } : {};
  if (options.build === true) await buildCharm({ charmDir, ...snapshotBuild }, io);
  const paths = buildPaths(charmDir);
  for (const needed of [paths.bundle, paths.dispatch]) {
    if (!existsSync(needed)) {
      throw new CliError(`${displayPath(io.cwd, needed)} is missing: run 'jujuts build' first, or 'jujuts pack --build'`);
    }
  }
  const entries: CharmEntry[] = [
    { path: 'dispatch', content: readFileSync(paths.dispatch), executable: true },
    renderedYamlEntry('manifest.yaml', manifestOf({ platform, version: cliVersion(), startedAt: new Date() })),
    ...metadataEntries(project, charmDir),
    { path: 'charm.js', content: readFileSync(paths.bundle) },
  ];
  if (existsSync(paths.sourceMap)) entries.push({ path: 'charm.js.map', content: readFileSync(paths.sourceMap) });
  if (existsSync(paths.metaJson)) entries.push({ path: 'meta.json', content: readFileSync(paths.metaJson) });
  // A shipped node needs a code cache of its own (V8 would reject one from another node); none if it cannot run here.
  if (node !== undefined && !sea && existsSync(paths.codeCacheLoader)) buildCodeCache(paths, node);
  if (existsSync(paths.codeCacheLoader) && existsSync(paths.codeCache)) {
    entries.push({ path: CODE_CACHE_LOADER, content: readFileSync(paths.codeCacheLoader) }, { path: CODE_CACHE, content: readFileSync(paths.codeCache) });
  }
  // charm-sea is that node with the charm inside: shipping node as well would double the charm.
  if (sea && node !== undefined) entries.push({ ...(await shippedSeaFile(paths, node, io)), executable: true });
  else if (node !== undefined) entries.push({ path: 'node', content: readFileSync(node), executable: true });
  if (node !== undefined && options.snapshot === true) entries.push(...(await shippedSnapshotFiles(paths, node, io)));
  // charmcraft ships these when present: Charmhub shows the icon and README.
  for (const name of OPTIONAL_FILES) {
    if (existsSync(join(charmDir, name))) entries.push({ path: name, content: readFileSync(join(charmDir, name)) });
  }

  const zip = await step(io, `packing ${entries.length} files`, () => zipCharm(entries));
  writeFileSync(file, zip);
  say(io, `packed ${displayPath(io.cwd, file)} (${formatSize(statSync(file).size)})`);
  return { file, entries: entries.map((e) => e.path) };
}

const OPTIONAL_FILES = ['README.md', 'LICENSE', 'icon.svg'] as const;

function outputFile(output: string | undefined, cwd: string, name: string): string {
  if (output === undefined) return join(cwd, name);
  const target = resolve(cwd, output);
  if (existsSync(target) && statSync(target).isDirectory()) return join(target, name);
  if (!existsSync(dirname(target))) throw new CliError(`cannot write ${output}: directory ${displayPath(cwd, dirname(target))} does not exist (create it, or pass an existing directory)`);
  return target;
}

/** The `pack` row of the command table. */
export const packCommand: CommandSpec = {
  name: 'pack',
  summary: 'Pack the built charm into a .charm file Juju can deploy',
  usage: 'pack [--charm-dir DIR] [--output PATH] [--node PATH [--snapshot]] [--sea [--node PATH]] [--platform NAME] [--build]',
  description:
    'Writes <name>_<platform>.charm containing dispatch, manifest.yaml, metadata.yaml, config.yaml and\n' +
    'actions.yaml (rendered from charmcraft.yaml as charmcraft does), build/charm.js and its map, and\n' +
    'with --node a Node.js binary (checked against the platform architecture) so the unit needs no Node.\n' +
    'With --node and --snapshot it also ships charm.blob, a startup snapshot built by that binary here\n' +
    '(so it must run on this machine), which dispatch uses with the shipped node only.\n' +
    'With --sea it ships charm-sea instead of node: that node (default: this one) with the charm\n' +
    "inside as a startup snapshot, which dispatch runs first (fastest hooks; build/charm-sea is reused\n" +
    "when 'jujuts build --sea' made it from the same node).",
  options: {
    'charm-dir': { type: 'string', valueName: 'DIR', description: 'The charm directory (default: current directory)' },
    output: { type: 'string', short: 'o', valueName: 'PATH', description: 'Directory or .charm file to write (default: current directory)' },
    node: { type: 'string', valueName: 'PATH', description: 'A Linux node binary to ship in the charm as ./node' },
    platform: { type: 'string', valueName: 'NAME', description: 'The platform to pack when charmcraft.yaml declares several' },
    build: { type: 'boolean', description: "Run 'jujuts build' first" },
    snapshot: { type: 'boolean', description: 'With --node: ship a startup snapshot built by that node (faster hooks)' },
    sea: { type: 'boolean', description: 'Ship charm-sea: node with the charm inside as a single executable (fastest hooks)' },
  },
  async run({ options }, io) {
    await packCharm(
      {
        charmDir: stringOption(options, 'charm-dir'),
        output: stringOption(options, 'output'),
        node: stringOption(options, 'node'),
        platform: stringOption(options, 'platform'),
        build: flagOption(options, 'build'),
        snapshot: flagOption(options, 'snapshot'),
        sea: flagOption(options, 'sea'),
      },
      io,
    );
  },
};
