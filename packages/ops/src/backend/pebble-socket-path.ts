/**
 * The environment variable that moves the containers' Pebble sockets out of
 * `/charm/containers`: `jujuts sim` sets it to serve its Pebble stand-ins,
 * since a charm run as a real process cannot be handed a constructor option.
 * Juju never sets it, so a deployed charm keeps the default.
 */
export const PEBBLE_SOCKET_DIR_ENV = 'JUJUTS_PEBBLE_SOCKET_DIR';

/** Where container NAME's Pebble socket is: `/charm/containers/NAME/pebble.socket`, or under `$JUJUTS_PEBBLE_SOCKET_DIR`. */
export function pebbleSocketPathFromEnv(env: NodeJS.ProcessEnv = process.env): (container: string) => string {
  const socketDir = env[PEBBLE_SOCKET_DIR_ENV] || '/charm/containers';
  return (name) => `${socketDir}/${name}/pebble.socket`;
}
