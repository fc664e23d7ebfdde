export type {
  CharmMeta,
  RelationMeta,
  ContainerMeta,
  ContainerMountMeta,
  StorageMeta,
  ResourceMeta,
  ConfigOptionType,
  ConfigOptionMeta,
  ActionMeta,
} from './charm-meta';
export { loadCharmMeta } from './load-charm-meta';
export { parseCharmcraftYaml } from './parse-charmcraft-yaml';
export { parseLegacyMeta, type LegacyMetaTexts } from './parse-legacy-meta';
export { charmMetaFromJson, charmMetaToJson, type CharmMetaJson } from './charm-meta-json';
