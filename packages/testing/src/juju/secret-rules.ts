import type { SecretQuery, SecretRotatePolicy } from '@jujuts/ops/internal';
import { JujuError, PERMISSION_DENIED } from './juju-error';
import type { JujuState, SecretRevisionState, SecretState } from './juju-state';
import { secretXid } from './secret-id';
import { checkStringValues } from './string-values';

const CONTENT_KEY = /^[a-z](?:-?[a-z0-9]){2,}$/;

/** Juju 3.6's limit on a secret's whole content. */
export const SECRET_CONTENT_LIMIT = 1024 * 1024;

/** Refuse content Juju would refuse: no keys, a bad key, or more than 1 MiB in all. */
export function checkSecretContent(content: Readonly<Record<string, string>>): void {
  const keys = Object.keys(content);
  if (keys.length === 0) throw new JujuError('missing secret value');
  checkStringValues(content, 'secret content');
  for (const key of keys) {
    if (!CONTENT_KEY.test(key)) {
      throw new JujuError(
        `invalid secret key "${key}": keys are 3+ lowercase letters, digits and single hyphens, starting with a letter`,
      );
    }
  }
  const size = keys.reduce((n, k) => n + Buffer.byteLength(k) + Buffer.byteLength(content[k] ?? ''), 0);
  if (size > SECRET_CONTENT_LIMIT) {
    throw new JujuError(
      `secret content is ${size} bytes, over the ${SECRET_CONTENT_LIMIT}-byte (1 MiB) limit`,
    );
  }
}

/** The secret a query names, or Juju's "not found". A label alone matches this unit's label. */
export function findSecret(state: Pick<JujuState, 'secrets'>, query: SecretQuery): SecretState {
  if (query.id !== undefined) {
    const xid = secretXid(query.id);
    const byId = state.secrets.find((s) => secretXid(s.id) === xid);
    if (!byId) throw new JujuError(`secret "${xid}" not found`);
    return byId;
  }
  if (query.label !== undefined) {
    const byLabel = state.secrets.find((s) => s.label === query.label);
    if (!byLabel) throw new JujuError(`secret with label "${query.label}" not found`);
    return byLabel;
  }
  throw new JujuError('require either a secret URI or label');
}

/**
 * Only an owner manages a secret (info, set, grant, remove): an observer is
 * told it does not exist, a non-leader unit of an owning app is denied.
 */
export function checkCanManage(secret: SecretState, leader: boolean): void {
  if (secret.owner === undefined) throw new JujuError(`secret "${secretXid(secret.id)}" not found`);
  if (secret.owner === 'app' && !leader) throw new JujuError(PERMISSION_DENIED);
}

/** The revision with the given number, or Juju's "not found". */
export function findRevision(secret: SecretState, revision: number): SecretRevisionState {
  const found = secret.revisions.find((r) => r.revision === revision);
  if (!found) throw new JujuError(`secret "${secretXid(secret.id)}" revision ${revision} not found`);
  return found;
}

/** The newest stored revision. */
export function latestRevision(secret: SecretState): SecretRevisionState {
  const latest = secret.revisions.reduce<SecretRevisionState | undefined>(
    (best, r) => (best === undefined || r.revision > best.revision ? r : best),
    undefined,
  );
  if (!latest) throw new JujuError(`secret "${secretXid(secret.id)}" not found`);
  return latest;
}

/** The newest revision number of secret `id` among `secrets` (0 when it is not there or has no revision). */
export function latestSecretRevision(secrets: readonly { readonly id: string; readonly revisions: readonly { readonly revision: number }[] }[], id: string): number {
  const secret = secrets.find((s) => secretXid(s.id) === secretXid(id));
  return Math.max(0, ...(secret?.revisions.map((r) => r.revision) ?? []));
}

/** How long Juju waits to fire secret-rotate again when the owner made no new revision. */
export const ROTATE_RETRY_MS = 5 * 60 * 1000;

/**
 * When a secret with `policy` next rotates, counted from `from`, as Juju
 * computes it: calendar steps in UTC (a month after 31 January overflows
 * into March, as Go's AddDate does), never earlier than `now`. Undefined for
 * `never` (or no policy): such a secret has no rotation time.
 */
export function nextRotateTime(policy: SecretRotatePolicy | undefined, from: Date, now: Date = new Date()): string | undefined {
  if (policy === undefined || policy === 'never') return undefined;
  const next = new Date(from.getTime());
  if (policy === 'hourly') next.setUTCHours(next.getUTCHours() + 1);
  else if (policy === 'daily') next.setUTCDate(next.getUTCDate() + 1);
  else if (policy === 'weekly') next.setUTCDate(next.getUTCDate() + 7);
  else next.setUTCMonth(next.getUTCMonth() + MONTHS[policy]);
  return (next < now ? now : next).toISOString();
}

const MONTHS = { monthly: 1, quarterly: 3, yearly: 12 } as const;

/**
 * Moves a secret's rotation time on after a successful secret-rotate hook,
 * as Juju does when the unit reports the rotation: one policy interval on
 * from the time that fired if the owner made a new revision during the
 * hook, else a retry {@link ROTATE_RETRY_MS} later. A secret set not to
 * rotate meanwhile keeps no time.
 */
export function advanceRotation(secret: SecretState, originalRevision: number, now: Date = new Date()): void {
  if (secret.rotate === undefined || secret.rotate === 'never') {
    delete secret.rotates;
    return;
  }
  const fired = secret.rotates === undefined ? now : new Date(secret.rotates);
  secret.rotates =
    latestRevision(secret).revision > originalRevision
      ? nextRotateTime(secret.rotate, fired, now)
      : new Date(fired.getTime() + ROTATE_RETRY_MS).toISOString();
}
