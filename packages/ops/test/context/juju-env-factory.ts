/** A minimal valid environment for a dispatch of `path`, with overrides (undefined removes a variable). */
export function jujuEnv(path: string, overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    JUJU_DISPATCH_PATH: path,
    JUJU_UNIT_NAME: 'web/0',
    JUJU_MODEL_NAME: 'prod',
    JUJU_MODEL_UUID: 'c2b1a5c0-6f7e-4d1a-9a3e-0e6f1f2a3b4c',
    JUJU_VERSION: '3.6.1',
    JUJU_CHARM_DIR: '/var/lib/juju/agents/unit-web-0/charm',
  };
  for (const [k, v] of Object.entries(overrides)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

/** The variables Juju sets for `db-relation-<kind>` with remote unit `pg/1`. */
export function relationEnv(kind: string, overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return jujuEnv(`hooks/db-relation-${kind}`, {
    JUJU_RELATION: 'db',
    JUJU_RELATION_ID: 'db:3',
    JUJU_REMOTE_UNIT: 'pg/1',
    JUJU_REMOTE_APP: 'pg',
    ...(kind === 'departed' ? { JUJU_DEPARTING_UNIT: 'pg/1' } : {}),
    ...overrides,
  });
}
