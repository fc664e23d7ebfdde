import type { CharmBase } from '@jujuts/ops/internal';
import { secretXid, type SecretRevisionState, type SecretState } from '../juju';
import { checkSecretContent, latestRevision } from '../juju/secret-rules';
import { newSecretId } from '../juju/secret-id';
import { HarnessError } from './harness-error';
import type { HarnessRuntime } from './harness-runtime';

/** A secret owned outside this charm (another app, or the model's user), as the harness plays its owner. */
interface ForeignSecret {
  readonly id: string;
  readonly label: string | undefined;
  readonly owner: string;
  readonly revisions: SecretRevisionState[];
  readonly observers: Set<string>;
}

/**
 * Secrets from both sides: the charm's own (in Juju's state, where the
 * charm's `secret-*` commands put them) and secrets other owners share with
 * it, which the charm sees once granted, at the revision current then.
 */
export class SecretDriver<C extends CharmBase<object>> {
  private readonly foreign = new Map<string, ForeignSecret>();

  constructor(private readonly runtime: HarnessRuntime<C>) {}

  /** A secret owned by `owner`: this app or unit (the charm owns it), or another app that may grant it. */
  add(owner: string, content: Readonly<Record<string, string>>, label?: string): string {
    checkContent(content, `addCharmSecret('${owner}')`);
    const id = newSecretId();
    const { appName, unitName } = this.runtime.juju;
    if (owner === appName || owner === unitName) {
      const secret: SecretState = { id, owner: owner === appName ? 'app' : 'unit', label, revisions: [{ revision: 1, content: { ...content } }], trackedRevision: 1, grants: {} };
      this.runtime.change((s) => s.secrets.push(secret));
    } else {
      this.foreign.set(secretXid(id), { id, owner, label, revisions: [{ revision: 1, content: { ...content } }], observers: new Set() });
    }
    return id;
  }

  /** Grants a foreign secret to `observer`; granted to this app or unit, the charm sees it at its latest revision. */
  grant(id: string, observer: string): void {
    const secret = this.foreignSecret(id, `grantSecret('${id}', '${observer}')`);
    secret.observers.add(observer);
    if (this.isOurs(observer) && !this.visible(id)) {
      const revisions = structuredClone(secret.revisions);
      const tracked = revisions[revisions.length - 1]?.revision ?? 1;
      this.runtime.change((s) => s.secrets.push({ id: secret.id, label: secret.label, revisions, trackedRevision: tracked, grants: {} }));
    }
  }

  /** Revokes a grant; the charm loses sight of the secret when no grant to this app or unit is left. */
  revoke(id: string, observer: string): void {
    const secret = this.foreignSecret(id, `revokeSecret('${id}', '${observer}')`);
    secret.observers.delete(observer);
    if (![...secret.observers].some((o) => this.isOurs(o))) {
      this.runtime.change((s) => (s.secrets = s.secrets.filter((x) => secretXid(x.id) !== secretXid(id))));
    }
  }

  /** The owner publishes a new revision; secret-changed follows if the charm can see the secret. */
  async setContent(id: string, content: Readonly<Record<string, string>>): Promise<void> {
    const call = `setSecretContent('${id}')`;
    const secret = this.foreignSecret(id, call);
    checkContent(content, call);
    const revision = { revision: (secret.revisions[secret.revisions.length - 1]?.revision ?? 0) + 1, content: { ...content } };
    secret.revisions.push(revision);
    const seen = this.visible(id);
    if (!seen) return;
    this.runtime.change((s) => s.secrets.find((x) => secretXid(x.id) === secretXid(id))?.revisions.push(structuredClone(revision)));
    await this.runtime.emit({ path: 'hooks/secret-changed', secretId: secret.id, secretLabel: seen.label });
  }

  /** secret-rotate, secret-remove or secret-expired for a secret the charm owns; a rotation moves its `rotates` on. */
  async trigger(hook: 'secret-rotate' | 'secret-remove' | 'secret-expired', call: string, id: string, revision?: number, label?: string): Promise<void> {
    const secret = this.owned(id, call);
    if (revision !== undefined && !secret.revisions.some((r) => r.revision === revision)) {
      const known = secret.revisions.map((r) => r.revision).join(', ');
      throw new HarnessError(`${call}: secret ${secret.id} has no revision ${revision} (revisions: ${known})`);
    }
    const latest = latestRevision(secret).revision;
    await this.runtime.run({ path: `hooks/${hook}`, secretId: secret.id, secretLabel: label ?? secret.label, secretRevision: revision });
    // As Juju, only after the hook succeeded (a failed one is retried): the next rotation moves on.
    if (hook === 'secret-rotate') this.runtime.juju.secrets.rotated(secret.id, latest);
  }

  /** Who a charm-owned secret is granted to on relation `relationId`. */
  grants(id: string, relationId: number): Set<string> {
    return new Set(this.owned(id, `getSecretGrants('${id}', ${relationId})`).grants[String(relationId)] ?? []);
  }

  /** Every stored revision number of a secret, oldest first. */
  revisions(id: string): number[] {
    const foreign = this.foreign.get(secretXid(id));
    const revisions = foreign ? foreign.revisions : this.owned(id, `getSecretRevisions('${id}')`).revisions;
    return revisions.map((r) => r.revision);
  }

  private owned(id: string, call: string): SecretState {
    const secret = this.visible(id);
    if (secret?.owner !== undefined) return secret;
    const owner = this.foreign.get(secretXid(id))?.owner;
    throw new HarnessError(`${call}: ${id} is not a secret this charm owns${owner ? ` (its owner is ${owner})` : ''}`);
  }

  private foreignSecret(id: string, call: string): ForeignSecret {
    const secret = this.foreign.get(secretXid(id));
    if (secret) return secret;
    const why = this.visible(id)?.owner !== undefined ? 'is owned by this charm: the charm changes it through its Secret object' : 'was not added with addCharmSecret or addUserSecret';
    throw new HarnessError(`${call}: secret ${id} ${why}`);
  }

  private visible(id: string): SecretState | undefined {
    return this.runtime.state().secrets.find((s) => secretXid(s.id) === secretXid(id));
  }

  private isOurs(name: string): boolean {
    return name === this.runtime.juju.appName || name === this.runtime.juju.unitName;
  }
}

function checkContent(content: Readonly<Record<string, string>>, call: string): void {
  try {
    checkSecretContent(content);
  } catch (e) {
    throw new HarnessError(`${call}: ${(e as Error).message}`);
  }
}
