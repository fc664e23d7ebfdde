/** Set in the environment of everything a dispatching charm runs. */
export const DISPATCH_GUARD_VARIABLE = 'JUJUTS_DISPATCHING';

/**
 * True when this process was started, directly or not, by a charm that is
 * already dispatching (a handler that re-runs `./dispatch`): ops exits at
 * once in that case rather than run the hook twice, and so do we.
 */
export function isNestedDispatch(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env[DISPATCH_GUARD_VARIABLE]);
}

/** Marks the environment so that processes the charm starts see the guard. */
export function markDispatching(env: NodeJS.ProcessEnv, dispatchPath: string): void {
  env[DISPATCH_GUARD_VARIABLE] = dispatchPath;
}
