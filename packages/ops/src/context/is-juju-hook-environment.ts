/**
 * Whether this process looks like it was started by Juju for a hook or
 * action, that is JUJU_DISPATCH_PATH or JUJU_UNIT_NAME is set. Lets `main`
 * choose between dispatching and a friendly "run me under Juju" message.
 */
export function isJujuHookEnvironment(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env['JUJU_DISPATCH_PATH']) || Boolean(env['JUJU_UNIT_NAME']);
}
