import type { SecretQuery } from '@jujuts/ops/internal';
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
