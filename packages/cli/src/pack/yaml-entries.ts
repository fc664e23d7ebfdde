import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { actionsOf, type CharmcraftProject, configOf, metadataOf, renderExactYaml, yamlRoundTripProblem } from '../charmcraft';
import { RenderedYamlError } from '../errors';
import type { CharmEntry } from './charm-zip';

/**
 * The charm entry for a rendered YAML file, once its text is known to read
 * back as exactly `data`.
 *
 * renderExactYaml already checks its output; this check stands at the door of
 * the archive so that no rendering change can ever ship a file in which Juju
 * would read another description or default than charmcraft.yaml holds.
 */
export function verifiedYamlEntry(path: string, content: string, data: unknown, workaround?: string): CharmEntry {
  const problem = yamlRoundTripProblem(content, data);
  if (problem !== undefined) throw new RenderedYamlError(path, problem, workaround);
  return { path, content };
}

/** The charm entry for `data` rendered as YAML, verified. */
export function renderedYamlEntry(path: string, data: unknown, workaround?: string): CharmEntry {
  return verifiedYamlEntry(path, renderExactYaml(data), data, workaround);
}

/**
 * metadata.yaml, config.yaml and actions.yaml: a legacy file next to
 * charmcraft.yaml is copied verbatim, as charmcraft does; otherwise the file
 * is rendered from charmcraft.yaml (config and actions only when declared).
 */
export function metadataEntries(project: CharmcraftProject, charmDir: string): CharmEntry[] {
  const sources: [string, Record<string, unknown> | undefined][] = [
    ['metadata.yaml', metadataOf(project)],
    ['config.yaml', configOf(project)],
    ['actions.yaml', actionsOf(project)],
  ];
  const entries: CharmEntry[] = [];
  for (const [name, data] of sources) {
    const legacy = join(charmDir, name);
    if (existsSync(legacy)) entries.push({ path: name, content: readFileSync(legacy, 'utf8') });
    else if (data !== undefined) entries.push(renderedYamlEntry(name, data, `write ${name} by hand next to charmcraft.yaml: pack copies it verbatim`));
  }
  return entries;
}
