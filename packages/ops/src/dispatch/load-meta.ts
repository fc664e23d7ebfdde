import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { charmMetaFromJson, loadCharmMeta } from '../meta';
import type { CharmMeta } from '../meta/charm-meta';

/** The pre-rendered metadata `jujuts build` writes next to the bundle. */
export const META_JSON = 'meta.json';

/**
 * Reads the charm's metadata: the JSON that `jujuts build` pre-rendered (no
 * YAML parser loaded on the hot path), else charmcraft.yaml or the legacy files.
 */
export function loadMetaForDispatch(charmDir: string, bundleDir?: string): CharmMeta {
  for (const dir of [bundleDir, charmDir]) {
    if (!dir) continue;
    const path = join(dir, META_JSON);
    if (existsSync(path)) return charmMetaFromJson(JSON.parse(readFileSync(path, 'utf8')) as unknown);
  }
  return loadCharmMeta(charmDir);
}
