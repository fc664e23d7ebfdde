/**
 * The command line itself is wrong: an unknown flag, a missing or extra
 * argument, a malformed flag value. Juju prints it with the usage and exits 2.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}
