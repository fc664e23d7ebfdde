export type { JujuContext } from './juju-context';
export { parseJujuContext } from './parse-juju-context';
export { isJujuHookEnvironment } from './is-juju-hook-environment';
export { buildJujuEnv } from './build-juju-env';
