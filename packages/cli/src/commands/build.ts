import { chmodSync, statSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import {
  buildCodeCache,
  defaultEntrySource,
  defaultTsconfig,
  buildPaths,
  type BuildPaths,
  bundleCharm,
  dispatchScript,
  findEmittedEntry,
  type MetaJsonRenderer,
  removeSnapshotOutputs,
  runTsc,
  writeMetaJson,
  writeTsconfigOverlay,
  buildSnapshot,
  buildSea,
  describeSnapshotNode,
  SEA_USE,
  type SnapshotNode,
} from '../compile';
import { charmMetaToJson, loadCharmMeta } from '@jujuts/ops/internal';
import { readCharmcraftProject } from '../charmcraft';
import { CliError } from '../errors';
import { type CliIo, displayPath, formatSize, say, step } from '../io';
import type { CommandSpec } from './command';
import { flagOption, listOption, stringOption } from './option-values';

/** Options of `jujuts build`. */
export interface BuildOptions {
  /** The charm directory (default: the current directory). */
  readonly charmDir?: string;
  /** The charm's tsconfig, relative to the charm dir (default `tsconfig.build.json` if present, else `tsconfig.json`). */
  readonly tsconfig?: string;
  /** The entry source (default: package.json `main`, else `src/charm.ts`). */
  readonly entry?: string;
  readonly minify?: boolean;
  readonly external?: readonly string[];
  /** Renders build/meta.json, the metadata the runtime reads without a YAML parser (default: none written). */
  readonly metaJson?: MetaJsonRenderer;
  /** Also write build/charm-snapshot.js and build/charm.blob, a V8 startup snapshot dispatch uses when it fits the node. */
  readonly snapshot?: boolean;
  /** Also write build/charm-snapshot.js and build/charm-sea, node with the charm's startup snapshot inside, which dispatch runs first. */
  readonly sea?: boolean;
  /** The node binary that builds (and must run) the blob, or that charm-sea is made from (default: the one running jujuts). */
  readonly node?: string;
}

/** What `jujuts build` produced. */
export interface BuildResult {
  readonly bundle: string;
  readonly dispatch: string;
  readonly bundleBytes: number;
  /** Whether build/meta.json was written. */
  readonly metaJson: boolean;
  /** The node that built build/charm.blob, with `snapshot`. */
  readonly snapshot?: SnapshotNode;
  /** The node build/charm-sea was made from, with `sea`. */
  readonly sea?: SnapshotNode;
}

/** Compile the charm with tsc, bundle it with esbuild and write the `dispatch` script, all under `<charmDir>/build/`. */
export async function buildCharm(options: BuildOptions, io: CliIo): Promise<BuildResult> {
  const charmDir = resolve(io.cwd, options.charmDir ?? '.');
  if (options.node !== undefined && options.snapshot !== true && options.sea !== true) throw new CliError('--node applies only with --snapshot or --sea: it names the node that builds (and runs) the snapshot');
  if (options.sea === true && options.snapshot === true) {
    throw new CliError('--sea and --snapshot exclude each other: charm-sea carries its own startup snapshot and dispatch runs it first; drop --snapshot');
  }
  const project = readCharmcraftProject(charmDir);
  const node = resolve(io.cwd, options.node ?? process.execPath);
  // A node that cannot become a single executable should fail before a slow compile.
  if (options.sea === true) describeSnapshotNode(node, SEA_USE);
  const paths = buildPaths(charmDir);
  const started = Date.now();
  // Metadata first: a broken charmcraft.yaml should fail before a slow compile.
  const metaJson = writeMetaJson(paths, options.metaJson);
  removeSnapshotOutputs(paths);
  const charmTsconfig = resolve(charmDir, options.tsconfig ?? defaultTsconfig(charmDir));
  const emitted = await step(io, 'compiling with tsc', () => compileCharm(paths, charmTsconfig, io));
  const entrySource = options.entry ?? defaultEntrySource(charmDir);
  const entry = findEmittedEntry(entrySource, emitted, charmDir, paths.tscOutDir);
  await step(io, `bundling ${relative(charmDir, entry)} with esbuild`, () =>
    bundleCharm({ entry, outfile: paths.bundle, charmDir, minify: options.minify ?? true, external: options.external ?? [] }),
  );
  writeFileSync(paths.dispatch, dispatchScript());
  // writeFileSync's mode applies only on creation; chmod covers a rebuilt file.
  chmodSync(paths.dispatch, 0o755);
  const bundleBytes = statSync(paths.bundle).size;
  const codeCacheBytes = await step(io, 'recording the code cache', () => Promise.resolve(buildCodeCache(paths, node)));
  const bundle = { entry, charmDir, minify: options.minify ?? true, external: options.external ?? [] };
  const snapshot = options.snapshot === true ? await buildSnapshot(bundle, paths, node, io) : undefined;
  const sea = options.sea === true ? await buildSea(bundle, paths, node, io) : undefined;
  const extra =
    (metaJson ? `, ${displayPath(io.cwd, paths.metaJson)}` : '') +
    (codeCacheBytes === undefined ? '' : `, ${displayPath(io.cwd, paths.codeCache)} (${formatSize(codeCacheBytes)})`) +
    (snapshot ? `, ${displayPath(io.cwd, paths.blob)} (${formatSize(statSync(paths.blob).size)}, node ${snapshot.node})` : '') +
    (sea ? `, ${displayPath(io.cwd, paths.sea)} (${formatSize(statSync(paths.sea).size)}, node ${sea.node})` : '');
  say(io, `built ${project.name}: ${displayPath(io.cwd, paths.bundle)} (${formatSize(bundleBytes)}), ${displayPath(io.cwd, paths.dispatch)}${extra} in ${Date.now() - started} ms`);
  return { bundle: paths.bundle, dispatch: paths.dispatch, bundleBytes, metaJson, ...(snapshot ? { snapshot } : {}), ...(sea ? { sea } : {}) };
}

/**
 * tsc into build/tsc as ES modules (so the bundle keeps only what the charm
 * uses); code that compiles only under the charm's own module setting is
 * compiled that way instead, and any error shown is the one under the
 * charm's own settings.
 */
async function compileCharm(paths: BuildPaths, charmTsconfig: string, io: CliIo): Promise<string[]> {
  try {
    return await runTsc(paths, writeTsconfigOverlay(paths, charmTsconfig, 'es'), charmTsconfig);
  } catch (esmError) {
    if (!(esmError instanceof CliError)) throw esmError;
    const emitted = await runTsc(paths, writeTsconfigOverlay(paths, charmTsconfig, 'charm'), charmTsconfig);
    const first = esmError.details[0] ?? esmError.message;
    say(io, `note: compiled with the charm's own module setting, as it does not compile as ES modules (${first}); the bundle keeps whole libraries`);
    return emitted;
  }
}

/** The `build` row of the command table. */
export const buildCommand: CommandSpec = {
  name: 'build',
  summary: 'Compile the charm with tsc and bundle it into build/charm.js with a dispatch script',
  usage: 'build [--charm-dir DIR] [--tsconfig FILE] [--entry FILE] [--no-minify] [--external PKG]… [--snapshot | --sea] [--node PATH]',
  description:
    'Runs tsc (decorator metadata kept) into build/tsc, bundles the emitted JS with esbuild into one\n' +
    'CommonJS file build/charm.js (+ charm.js.map) and writes build/dispatch, the script Juju runs.\n' +
    'With --snapshot it also writes build/charm.blob, a V8 startup snapshot that skips module loading;\n' +
    'dispatch uses it only with the exact node binary that built it, and charm.js otherwise.\n' +
    'With --sea it writes build/charm-sea instead: a copy of node with the snapshot inside, which\n' +
    'dispatch runs first (the fastest start-up; see jujuts pack --sea to ship it).',
  options: {
    'charm-dir': { type: 'string', valueName: 'DIR', description: 'The charm directory (default: current directory)' },
    tsconfig: { type: 'string', valueName: 'FILE', description: 'The tsconfig to compile with (default: tsconfig.build.json, else tsconfig.json)' },
    entry: { type: 'string', valueName: 'FILE', description: "The charm's entry source (default: package.json main, else src/charm.ts)" },
    'no-minify': { type: 'boolean', description: 'Do not minify the bundle' },
    external: { type: 'string', multiple: true, valueName: 'PKG', description: 'Leave a package out of the bundle (repeatable)' },
    snapshot: { type: 'boolean', description: 'Also build a startup snapshot, build/charm.blob (faster hook start-up)' },
    sea: { type: 'boolean', description: 'Also build build/charm-sea, a single executable with the snapshot inside (fastest hooks)' },
    node: { type: 'string', valueName: 'PATH', description: 'The node binary that builds and runs the snapshot or charm-sea (default: this one)' },
  },
  async run({ options }, io) {
    await buildCharm(
      {
        charmDir: stringOption(options, 'charm-dir'),
        tsconfig: stringOption(options, 'tsconfig'),
        entry: stringOption(options, 'entry'),
        minify: !flagOption(options, 'no-minify'),
        external: listOption(options, 'external'),
        snapshot: flagOption(options, 'snapshot'),
        sea: flagOption(options, 'sea'),
        node: stringOption(options, 'node'),
        // Pre-rendered so that a hook never loads a YAML parser (see DESIGN: fast dispatch).
        metaJson: (dir) => charmMetaToJson(loadCharmMeta(dir)),
      },
      io,
    );
  },
};
