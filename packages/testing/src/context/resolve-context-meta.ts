import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadCharmMeta, parseCharmcraftYaml, type CharmMeta } from '@jujuts/ops/internal';
import type { ContextOptions } from './context-options';

const METADATA_FILES = ['charmcraft.yaml', 'metadata.yaml'];

/** The test file jest is running, when there is one: its directory is where a charm's tests live. */
function currentTestDir(): string | undefined {
  const jestExpect = (globalThis as { expect?: { getState?: () => { testPath?: string | null } } }).expect;
  const path = jestExpect?.getState?.().testPath;
  return typeof path === 'string' ? dirname(path) : undefined;
}

function findCharmDir(start: string): string | undefined {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    if (METADATA_FILES.some((f) => existsSync(join(dir, f)))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * The metadata a Context runs with: the given object or YAML text, else the
 * files of `charmDir`, else of the nearest charm project above the test
 * file or the working directory. Called once per Context.
 */
export function resolveContextMeta(options: ContextOptions, charmName: string): CharmMeta {
  if (typeof options.meta === 'object') return options.meta;
  if (typeof options.meta === 'string') return parseCharmcraftYaml(options.meta, 'charmcraft.yaml (given as Context meta)');
  const starts = options.charmDir !== undefined ? [options.charmDir] : [currentTestDir(), process.cwd()].filter((d): d is string => d !== undefined);
  for (const start of starts) {
    const dir = options.charmDir !== undefined ? resolve(start) : findCharmDir(start);
    if (dir !== undefined) return loadCharmMeta(dir);
  }
  throw new Error(
    `new Context(${charmName}): no charmcraft.yaml or metadata.yaml at or above ${starts.join(' or ')}; ` +
      `pass the metadata with new Context(${charmName}, { meta }) or its directory with { charmDir }`,
  );
}
