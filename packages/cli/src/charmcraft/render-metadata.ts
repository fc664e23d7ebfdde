import { type CharmcraftProject, isMapping } from './charmcraft-project';
import { renderExactYaml } from './render-exact-yaml';

// The keys charmcraft copies from charmcraft.yaml into metadata.yaml when it
// packs the unified format (charmcraft const.METADATA_YAML_KEYS); `title` and
// `links` are renamed below. Everything else (type, base, platforms, parts,
// config, actions, charm-libs, …) is build input or goes to another file.
const METADATA_KEYS = [
  'name', 'display-name', 'summary', 'description', 'maintainers', 'docs', 'issues', 'source', 'website', 'terms',
  'assumes', 'subordinate', 'requires', 'provides', 'peers', 'extra-bindings', 'containers', 'resources', 'storage',
  'devices', 'series', 'charm-user',
] as const;

/** The metadata.yaml mapping charmcraft would write for this project. */
export function metadataOf(project: CharmcraftProject): Record<string, unknown> {
  const source: Record<string, unknown> = { ...project.data };
  if (source.title !== undefined) source['display-name'] = source.title;
  if (isMapping(source.links)) {
    const { documentation, contact, ...rest } = source.links;
    if (documentation !== undefined) source.docs = documentation;
    if (contact !== undefined) source.maintainers = Array.isArray(contact) ? contact : [contact];
    Object.assign(source, rest);
  }
  const out: Record<string, unknown> = {};
  for (const key of METADATA_KEYS) if (source[key] !== undefined && source[key] !== null) out[key] = source[key];
  return out;
}

/** The config.yaml mapping (`options:` from `config.options`), or undefined when the charm has no config. */
export function configOf(project: CharmcraftProject): Record<string, unknown> | undefined {
  const config = project.data.config;
  return isMapping(config) && Object.keys(config).length > 0 ? config : undefined;
}

/** The actions.yaml mapping (the `actions` mapping), or undefined when the charm has no actions. */
export function actionsOf(project: CharmcraftProject): Record<string, unknown> | undefined {
  const actions = project.data.actions;
  return isMapping(actions) && Object.keys(actions).length > 0 ? actions : undefined;
}

/** metadata.yaml text for the project. */
export function renderMetadataYaml(project: CharmcraftProject): string {
  return renderExactYaml(metadataOf(project));
}

/** config.yaml text, or undefined when the charm has no config. */
export function renderConfigYaml(project: CharmcraftProject): string | undefined {
  const config = configOf(project);
  return config === undefined ? undefined : renderExactYaml(config);
}

/** actions.yaml text, or undefined when the charm has no actions. */
export function renderActionsYaml(project: CharmcraftProject): string | undefined {
  const actions = actionsOf(project);
  return actions === undefined ? undefined : renderExactYaml(actions);
}
