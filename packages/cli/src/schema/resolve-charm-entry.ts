import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildPaths, defaultEntrySource, defaultTsconfig, findEmittedEntry, runTsc, writeTsconfigOverlay } from '../compile';
import { CliError } from '../errors';
import { type CliIo, displayPath, step } from '../io';

/** Where the charm's code comes from for `jujuts schema`. */
export interface CharmEntryOptions {
  readonly charmDir: string;
  /** A built JavaScript entry (used as is) or a TypeScript source (compiled first). */
  readonly entry?: string | undefined;
  /** The tsconfig to compile with, relative to the charm dir. */
  readonly tsconfig?: string | undefined;
}

const BUILT = /\.(c?js)$/;

/**
 * The JavaScript file to load the charm class from: `entry` itself when it
 * is built JS, else what tsc emits for it (or for package.json `main`, or
 * `src/charm.ts`) into build/tsc. Compiling each time keeps `--check` honest:
 * a stale build would compare yesterday's classes.
 */
export async function resolveCharmEntry(options: CharmEntryOptions, io: CliIo): Promise<string> {
  const { charmDir } = options;
  if (options.entry !== undefined && BUILT.test(options.entry)) {
    const entry = resolve(io.cwd, options.entry);
    if (!existsSync(entry)) throw new CliError(`--entry ${options.entry}: no such file (build the charm first, or pass its TypeScript source)`);
    return entry;
  }
  const paths = buildPaths(charmDir);
  const charmTsconfig = resolve(charmDir, options.tsconfig ?? defaultTsconfig(charmDir));
  // Loaded in this process by require: compiled with the charm's own module setting.
  const overlay = writeTsconfigOverlay(paths, charmTsconfig, 'charm');
  const emitted = await step(io, `compiling with tsc into ${displayPath(io.cwd, paths.tscOutDir)}`, () => runTsc(paths, overlay, charmTsconfig));
  const source = options.entry === undefined ? defaultEntrySource(charmDir) : resolve(io.cwd, options.entry);
  return findEmittedEntry(source, emitted, charmDir, paths.tscOutDir);
}
