import type { MetaNode } from './meta-node';

/** Juju's names: lowercase letters, digits and hyphens, starting with a letter. */
export const JUJU_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Config option names: also underscores, which existing charms use (`log_level`). */
export const CONFIG_OPTION_NAME = /^[a-z][a-z0-9_]*(?:-[a-z0-9_]+)*$/;

/**
 * Checks the name of a map entry (`what` is for example "endpoint name"), or
 * `name` when the name is a value rather than a key. Hyphens may not lead,
 * trail or double up, as Juju refuses those too.
 */
export function checkName(entry: MetaNode, what: string, pattern: RegExp = JUJU_NAME, name: string = entry.name): string {
  if (!pattern.test(name)) {
    const allowed = pattern === JUJU_NAME ? 'single hyphens' : 'single hyphens or underscores';
    throw entry.fail(
      `${JSON.stringify(name)} is not a valid ${what}: use lowercase letters, digits and ${allowed}, starting with a letter (for example \`my-db\`)`,
    );
  }
  return name;
}
