import type { SecretRotatePolicy } from '../backend/backend-types';

/** Rotation policies for a secret, as Juju spells them (`SecretRotate.Daily` is `'daily'`). */
export const SecretRotate = Object.freeze({
  Never: 'never',
  Hourly: 'hourly',
  Daily: 'daily',
  Weekly: 'weekly',
  Monthly: 'monthly',
  Quarterly: 'quarterly',
  Yearly: 'yearly',
} as const satisfies Record<string, SecretRotatePolicy>);

/** One of {@link SecretRotate}'s values. */
export type SecretRotate = (typeof SecretRotate)[keyof typeof SecretRotate];
