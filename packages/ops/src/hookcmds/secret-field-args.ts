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
  const args: string[] = [];
  if (fields.label !== undefined) args.push('--label', fields.label);
  if (fields.description !== undefined) args.push('--description', fields.description);
  if (fields.expire !== undefined) {
    if (!(fields.expire instanceof Date) || Number.isNaN(fields.expire.getTime())) {
      throw new TypeError(`${command}: expire must be a valid Date`);
    }
    // toISOString is RFC 3339 in UTC, which Juju parses.
    args.push('--expire', fields.expire.toISOString());
  }
  if (fields.rotate !== undefined) {
    if (!ROTATE_POLICIES.has(fields.rotate)) {
      throw new TypeError(`${command}: unknown rotate policy "${String(fields.rotate)}"; use one of ${[...ROTATE_POLICIES].join(', ')}`);
    }
    args.push('--rotate', fields.rotate);
  }
  return args;
}
