import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadCharmMeta, parseCharmcraftYaml, type CharmMeta } from '@jujuts/ops/internal';
import { HarnessError } from './harness-error';
import type { HarnessOptions } from './harness-options';

const METADATA_FILES = ['charmcraft.yaml', 'metadata.yaml'];
// Test files build many harnesses over one project: read and parse its YAML once.
const loaded = new Map<string, CharmMeta>();

/**
 * The metadata a Harness runs with: the given object or YAML text, else the
 * files of `charmDir`, else of the nearest charm project at or above `cwd`.
 */
export function resolveHarnessMeta(options: HarnessOptions, cwd: string = process.cwd()): CharmMeta {
  if (typeof options.meta === 'object') return options.meta;
  if (typeof options.meta === 'string') return parseCharmcraftYaml(options.meta, 'charmcraft.yaml (given as Harness meta)');
  const dir = options.charmDir !== undefined ? resolve(options.charmDir) : findCharmDir(resolve(cwd));
  let meta = loaded.get(dir);
  if (!meta) {
    meta = loadCharmMeta(dir);
    loaded.set(dir, meta);
  }
  return meta;
}

function findCharmDir(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (METADATA_FILES.some((f) => existsSync(join(dir, f)))) return dir;
    if (dirname(dir) === dir) break;
  }
  throw new HarnessError(
    `Harness: no charmcraft.yaml or metadata.yaml in ${start} or any directory above it; ` +
      'pass the metadata with new Harness(MyCharm, { meta }) or its directory with { charmDir }',
  );
}
