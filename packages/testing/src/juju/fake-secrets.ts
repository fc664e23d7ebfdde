import type { SecretOwner, SecretQuery, SecretRotatePolicy } from '@jujuts/ops/internal';
import { findRelation, type RelationTarget } from './fake-relations';
import type { HookScope } from './hook-scope';
import { JujuError, PERMISSION_DENIED } from './juju-error';
import type { SecretState } from './juju-state';
import { newSecretId, secretXid } from './secret-id';
import {
  advanceRotation,
  checkCanManage,
  checkSecretContent,
  findRevision,
  findSecret,
  latestRevision,
  nextRotateTime,
} from './secret-rules';

/** Metadata `secret-add` and `secret-set` accept; `expire` is RFC 3339. */
export interface SecretMetadata {
  label?: string | undefined;
  description?: string | undefined;
  expire?: string | undefined;
  rotate?: SecretRotatePolicy | undefined;
}

/** What `secret-info-get` reports about one secret. */
export interface SecretInfo {
  id: string;
  label?: string | undefined;
  description?: string | undefined;
  expiry?: string | undefined;
  rotation?: SecretRotatePolicy | undefined;
  /** The next rotation, RFC 3339; only while the policy is not `never`. */
  rotates?: string | undefined;
  revision: number;
}

/**
 * Juju's secret commands. Owners (our unit, or our app through its leader)
 * manage; observers read what was granted to them. Every unit reads the
 * revision it tracks unless it peeks (latest, once) or refreshes (track latest).
 * Changes are pending until the hook succeeds.
 */
export class FakeSecrets {
  constructor(private readonly scope: HookScope) {}

  /** `secret-add`: a new secret at revision 1; app-owned (the default) needs leadership. */
  add(
    content: Readonly<Record<string, string>>,
    meta: SecretMetadata & { owner?: SecretOwner } = {},
  ): string {
    const owner = meta.owner === 'unit' ? 'unit' : 'app';
    if (owner === 'app' && !this.scope.view().leader) throw new JujuError(PERMISSION_DENIED);
    checkSecretContent(content);
    this.checkLabelFree(meta.label, undefined);
    const id = newSecretId();
    const secret: SecretState = {
      id,
      owner,
      revisions: [{ revision: 1, content: { ...content } }],
      trackedRevision: 1,
      grants: {},
    };
    applyMetadata(secret, meta);
    this.scope.writable('secrets').push(secret);
    return id;
  }

  /** `secret-get`: an id and a label together attach the label to the secret. */
  get(query: SecretQuery, options: { peek?: boolean; refresh?: boolean } = {}): Record<string, string> {
    if (options.peek && options.refresh) throw new JujuError('specify one of --peek or --refresh but not both', 2);
    const seen = findSecret(this.scope.view(), query);
    const latest = latestRevision(seen);
    const attachLabel = query.id !== undefined && query.label !== undefined && seen.label !== query.label;
    const moveTracking = options.refresh === true && seen.trackedRevision !== latest.revision;
    if (attachLabel || moveTracking) {
      const pending = this.pendingSecret(seen.id);
      if (attachLabel) pending.label = query.label;
      if (moveTracking) pending.trackedRevision = latest.revision;
    }
    const revision = options.peek || options.refresh ? latest : findRevision(seen, seen.trackedRevision);
    return { ...revision.content };
  }

  /** `secret-info-get` (owners only). */
  info(query: SecretQuery): SecretInfo {
    const secret = findSecret(this.scope.view(), query);
    checkCanManage(secret, this.scope.view().leader);
    return {
      id: secret.id,
      label: secret.label,
      description: secret.description,
      expiry: secret.expire,
      rotation: secret.rotate,
      rotates: secret.rotates,
      revision: latestRevision(secret).revision,
    };
  }

  /** `secret-set`: new content makes a new revision; metadata changes in place. */
  set(id: string, update: SecretMetadata & { content?: Readonly<Record<string, string>> }): void {
    checkCanManage(findSecret(this.scope.view(), { id }), this.scope.view().leader);
    if (update.content !== undefined) checkSecretContent(update.content);
    if (update.label !== undefined) this.checkLabelFree(update.label, id);
    const secret = this.pendingSecret(id);
    if (update.content !== undefined) {
      secret.revisions.push({
        revision: latestRevision(secret).revision + 1,
        content: { ...update.content },
      });
    }
    applyMetadata(secret, update);
  }

  /** `secret-grant ID -r REL [--unit UNIT]`: to the remote app, or one of its units. */
  grant(id: string, target: RelationTarget, unit?: string): void {
    const { secret, key, name } = this.grantee(id, target, unit);
    const names = (secret.grants[key] ??= []);
    if (!names.includes(name)) names.push(name);
  }

  /** `secret-revoke ID -r REL [--unit UNIT]`. */
  revoke(id: string, target: RelationTarget, unit?: string): void {
    const { secret, key, name } = this.grantee(id, target, unit);
    const names = (secret.grants[key] ?? []).filter((n) => n !== name);
    if (names.length > 0) secret.grants[key] = names;
    else delete secret.grants[key];
  }

  /** `secret-remove ID [--revision N]`: one revision, or the whole secret. */
  remove(id: string, revision?: number): void {
    const seen = findSecret(this.scope.view(), { id });
    checkCanManage(seen, this.scope.view().leader);
    const removed =
      revision === undefined
        ? seen.revisions.map((r) => r.revision)
        : [findRevision(seen, revision).revision];
    const secret = this.pendingSecret(id);
    secret.revisions = secret.revisions.filter((r) => !removed.includes(r.revision));
    const secrets = this.scope.writable('secrets');
    if (secret.revisions.length === 0) secrets.splice(secrets.indexOf(secret), 1);
    this.scope.pending().removedSecretRevisions.push(...removed.map((r) => ({ id: secret.id, revision: r })));
  }

  /**
   * What Juju does once a secret-rotate hook for `id` succeeded: moves its
   * rotation time on (an interval if the hook made a revision after
   * `originalRevision`, else a retry in 5 minutes). At once: no hook runs.
   */
  rotated(id: string, originalRevision: number): void {
    this.scope.applyNow((state) => {
      const secret = state.secrets.find((s) => secretXid(s.id) === secretXid(id));
      if (secret) advanceRotation(secret, originalRevision);
    });
  }

  /** `secret-ids`: the secrets our unit or app owns. */
  ids(): string[] {
    return this.scope
      .view()
      .secrets.filter((s) => s.owner !== undefined)
      .map((s) => s.id);
  }

  private grantee(id: string, target: RelationTarget, unit: string | undefined) {
    checkCanManage(findSecret(this.scope.view(), { id }), this.scope.view().leader);
    const relation = findRelation(this.scope.view(), target);
    if (unit !== undefined && !(unit in relation.remoteUnits)) {
      throw new JujuError(`unit "${unit}" is not in relation "${relation.endpoint}:${relation.id}"`);
    }
    return { secret: this.pendingSecret(id), key: String(relation.id), name: unit ?? relation.remoteApp };
  }

  private pendingSecret(id: string): SecretState {
    return findSecret({ secrets: this.scope.writable('secrets') }, { id });
  }

  private checkLabelFree(label: string | undefined, exceptId: string | undefined): void {
    if (label === undefined) return;
    const holder = this.scope.view().secrets.find((s) => s.label === label);
    if (holder && (exceptId === undefined || secretXid(holder.id) !== secretXid(exceptId))) {
      throw new JujuError(`secret with label "${label}" already exists`);
    }
  }
}

function applyMetadata(secret: SecretState, meta: SecretMetadata): void {
  if (meta.label !== undefined) secret.label = meta.label;
  if (meta.description !== undefined) secret.description = meta.description;
  if (meta.expire !== undefined) secret.expire = meta.expire;
  if (meta.rotate !== undefined) {
    // Juju starts the clock when a secret starts rotating; changing one rotating policy for another keeps the time.
    if (meta.rotate === 'never') delete secret.rotates;
    else if (secret.rotates === undefined) secret.rotates = nextRotateTime(meta.rotate, new Date());
    secret.rotate = meta.rotate;
  }
}
