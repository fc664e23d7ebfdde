export { type CharmcraftProject, readCharmcraftProject, isMapping } from './charmcraft-project';
export {
  type CharmPlatform,
  type RunOnBase,
  listCharmPlatforms,
  selectCharmPlatform,
  hostArchitecture,
} from './charm-platform';
export { metadataOf, configOf, actionsOf, renderMetadataYaml, renderConfigYaml, renderActionsYaml } from './render-metadata';
export { type ManifestInput, manifestOf, renderManifestYaml } from './render-manifest';
export { renderExactYaml } from './render-exact-yaml';
export { doubleQuotedYaml, type DoubleQuotedPlace } from './double-quoted-yaml';
export { yamlRoundTripProblem } from './yaml-round-trip';
export { validateCharmName, pascalCase } from './charm-name';
