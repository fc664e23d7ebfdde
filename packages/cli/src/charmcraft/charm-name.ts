import { CliError } from '../errors';

// Juju's charm name rule: lowercase letters and digits in hyphen-separated
// parts, starting with a letter; no part may be digits only.
const CHARM_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]*[a-z][a-z0-9]*)*$/;

/** Fail with the rule and a suggestion unless `name` is a valid Juju charm name. */
export function validateCharmName(name: string): void {
  if (CHARM_NAME.test(name)) return;
  const suggestion = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+|-+$/g, '');
  const hint = suggestion !== '' && CHARM_NAME.test(suggestion) ? ` (try '${suggestion}')` : '';
  throw new CliError(
    `invalid charm name '${name}': use lowercase letters, digits and hyphens, start with a letter, and give each hyphenated part a letter${hint}`,
  );
}

/** `my-app` → `MyApp`: the stem of the generated class names. */
export function pascalCase(name: string): string {
  return name
    .split('-')
    .map((part) => (part === '' ? '' : `${part[0]?.toUpperCase() ?? ''}${part.slice(1)}`))
    .join('');
}
