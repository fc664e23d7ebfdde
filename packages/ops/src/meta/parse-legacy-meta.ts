import { join } from 'node:path';
import type { CharmMeta } from './charm-meta';
import { deepFreeze } from './deep-freeze';
import { MetaNode } from './meta-node';
import { parseActions } from './parse-actions';
import { parseConfigOptions } from './parse-config';
import { parseMetadataSections } from './parse-metadata-sections';
import { parseYamlSource } from './parse-yaml-source';

/** The texts of the legacy metadata files; config.yaml and actions.yaml are optional. */
export interface LegacyMetaTexts {
  /** metadata.yaml */
  readonly metadata: string;
  /** config.yaml: `{options: {...}}` */
  readonly config?: string | undefined;
  /** actions.yaml: `{<action>: {...}}` */
  readonly actions?: string | undefined;
}

/**
 * Parses the legacy trio metadata.yaml + config.yaml + actions.yaml into a
 * frozen {@link CharmMeta}; errors name the file they are in (under `dir`
 * when given).
 *
 * @throws CharmMetaError naming the file, the dotted key path and the line.
 */
export function parseLegacyMeta(texts: LegacyMetaTexts, dir?: string): CharmMeta {
  const node = (text: string | undefined, name: string): MetaNode => {
    const file = dir === undefined ? name : join(dir, name);
    if (text === undefined) return new MetaNode(undefined, { file, lineOf: () => undefined });
    const { data, source } = parseYamlSource(text, file);
    return new MetaNode(data, source);
  };
  return deepFreeze({
    ...parseMetadataSections(node(texts.metadata, 'metadata.yaml')),
    config: parseConfigOptions(node(texts.config, 'config.yaml')),
    actions: parseActions(node(texts.actions, 'actions.yaml')),
  });
}
