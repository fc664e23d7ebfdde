import type { SecretFields, SecretRotatePolicy } from '../backend/backend-types';

const ROTATE_POLICIES: ReadonlySet<string> = new Set<SecretRotatePolicy>([
  'never',
  'hourly',
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'yearly',
]);

/** The `--label`, `--description`, `--expire` and `--rotate` flags shared by `secret-add` and `secret-set`. */
export function secretFieldArgs(command: string, fields: SecretFields): string[] {
  assertSecretFields(command, fields);
  const args: string[] = [];
  if (fields.label !== undefined) args.push('--label', fields.label);
  if (fields.description !== undefined) args.push('--description', fields.description);
  // toISOString is RFC 3339 in UTC, which Juju parses.
  if (fields.expire !== undefined) args.push('--expire', fields.expire.toISOString());
  if (fields.rotate !== undefined) args.push('--rotate', fields.rotate);
  return args;
}

/** Throws a TypeError naming the rule when `expire` is not a valid Date or `rotate` is not a policy Juju knows. */
export function assertSecretFields(command: string, fields: SecretFields): void {
  if (fields.expire !== undefined && (!(fields.expire instanceof Date) || Number.isNaN(fields.expire.getTime()))) {
    throw new TypeError(`${command}: expire must be a valid Date`);
  }
  if (fields.rotate !== undefined && !ROTATE_POLICIES.has(fields.rotate)) {
    throw new TypeError(`${command}: unknown rotate policy "${String(fields.rotate)}"; use one of ${[...ROTATE_POLICIES].join(', ')}`);
  }
}
