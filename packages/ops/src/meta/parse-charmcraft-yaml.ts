import type { CharmMeta } from './charm-meta';
import { deepFreeze } from './deep-freeze';
import { MetaNode } from './meta-node';
import { parseActions } from './parse-actions';
import { parseConfigOptions } from './parse-config';
import { parseMetadataSections } from './parse-metadata-sections';
import { parseYamlSource } from './parse-yaml-source';

/**
 * Parses a unified charmcraft.yaml (metadata, `config.options` and
 * `actions` in one file) into a frozen {@link CharmMeta}.
 *
 * @throws CharmMetaError naming the file, the dotted key path and the line.
 * @example
 * const meta = parseCharmcraftYaml(readFileSync('charmcraft.yaml', 'utf8'));
 * meta.relations['db']?.interface; // 'postgresql_client'
 */
export function parseCharmcraftYaml(text: string, file = 'charmcraft.yaml'): CharmMeta {
  const { data, source } = parseYamlSource(text, file);
  const root = new MetaNode(data, source);
  return deepFreeze({
    ...parseMetadataSections(root),
    config: parseConfigOptions(root.child('config')),
    actions: parseActions(root.child('actions')),
  });
}
