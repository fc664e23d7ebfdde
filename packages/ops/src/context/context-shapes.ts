import type { VariableShape } from './env-reader';

/**
 * The shapes of `JUJU_*` values. Names follow Juju's rules: lowercase
 * letters, digits and hyphens, starting with a letter.
 */
const NAME = '[a-z][a-z0-9-]*';

/** `hooks/<hook>` or `actions/<action>`. */
export const DISPATCH_PATH: VariableShape = {
  expected: '`hooks/<hook>` or `actions/<action>`, for example `hooks/install`',
  pattern: /^(hooks|actions)\/[^/\s]+$/,
};

/** A unit name, `<app>/<n>`. */
export const UNIT_NAME: VariableShape = {
  expected: 'a unit name `<app>/<n>`, for example `web/0`',
  pattern: new RegExp(`^${NAME}/\\d+$`),
};

/** An application name. */
export const APP_NAME: VariableShape = {
  expected: 'an application name, for example `web`',
  pattern: new RegExp(`^${NAME}$`),
};

/** Any non-empty value. */
export const nonEmpty = (what: string): VariableShape => ({ expected: what });

/** `JUJU_VERSION`: `major.minor` then anything (patch, `-beta1`, build). */
export const JUJU_VERSION: VariableShape = {
  expected: 'a Juju version, for example `3.6.1`',
  pattern: /^\d+\.\d+(?:[.-][0-9A-Za-z.-]*)?$/,
};

/** An endpoint name. */
export const ENDPOINT: VariableShape = {
  expected: 'an endpoint name, for example `db`',
  pattern: new RegExp(`^${NAME}$`),
};

/** `JUJU_RELATION_ID`: `<endpoint>:<n>`. */
export const RELATION_ID: VariableShape = {
  expected: '`<endpoint>:<id>` with the endpoint of JUJU_RELATION, for example `db:3`',
  pattern: new RegExp(`^${NAME}:\\d+$`),
};

/** A secret URI. */
export const SECRET_ID: VariableShape = {
  expected: 'a secret URI, for example `secret:cs0t2ufmp25c77qc5ma0`',
  pattern: /^secret:\S+$/,
};

/** A positive integer revision. */
export const REVISION: VariableShape = {
  expected: 'a positive integer secret revision, for example `2`',
  pattern: /^[1-9]\d*$/,
};

/** `JUJU_STORAGE_ID`: `<name>/<n>`. */
export const STORAGE_ID: VariableShape = {
  expected: '`<storage>/<n>` with the storage of the hook name, for example `data/0`',
  pattern: new RegExp(`^${NAME}/\\d+$`),
};
