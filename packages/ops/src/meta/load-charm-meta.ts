import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CharmMetaError } from '../errors/charm-errors';
import type { CharmMeta } from './charm-meta';
import { parseCharmcraftYaml } from './parse-charmcraft-yaml';
import { parseLegacyMeta } from './parse-legacy-meta';

const readIfExists = (path: string): string | undefined => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);

/**
 * Loads a charm's metadata from `charmDir`: charmcraft.yaml (unified format)
 * when present, else metadata.yaml with the optional config.yaml and
 * actions.yaml. A packed charm has only the legacy files, which charmcraft
 * renders from charmcraft.yaml, so both layouts must work.
 *
 * @throws CharmMetaError when no metadata file exists or one breaks the schema.
 */
export function loadCharmMeta(charmDir: string): CharmMeta {
  const unified = readIfExists(join(charmDir, 'charmcraft.yaml'));
  // A charmcraft.yaml without `name` only drives the build; its metadata is in metadata.yaml.
  const metadata = readIfExists(join(charmDir, 'metadata.yaml'));
  if (unified !== undefined && (metadata === undefined || /^name\s*:/m.test(unified))) {
    return parseCharmcraftYaml(unified, join(charmDir, 'charmcraft.yaml'));
  }
  if (metadata === undefined) {
    throw new CharmMetaError(
      { file: join(charmDir, 'metadata.yaml'), keyPath: '' },
      `no charm metadata in ${charmDir}: expected charmcraft.yaml (unified format) or metadata.yaml`,
    );
  }
  return parseLegacyMeta({
    metadata,
    config: readIfExists(join(charmDir, 'config.yaml')),
    actions: readIfExists(join(charmDir, 'actions.yaml')),
  }, charmDir);
}
