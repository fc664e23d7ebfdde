export { type CharmcraftProject, readCharmcraftProject, isMapping } from './charmcraft-project';
export {
  type CharmPlatform,
  type RunOnBase,
  listCharmPlatforms,
  selectCharmPlatform,
  hostArchitecture,
} from './charm-platform';
export { metadataOf, renderMetadataYaml, renderConfigYaml, renderActionsYaml } from './render-metadata';
export { type ManifestInput, renderManifestYaml } from './render-manifest';
export { validateCharmName, pascalCase } from './charm-name';
