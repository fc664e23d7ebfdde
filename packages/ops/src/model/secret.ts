import { inspect } from 'node:util';
import type { SecretRotatePolicy } from '../backend/backend-types';
import type { ModelBackend } from '../backend/model-backend';
import { ModelError } from '../errors';
import type { Relation } from './relation';
import { canonicalSecretId, secretUniqueIdentifier } from './secret-id';
import { SecretInfo } from './secret-info';
import { validateSecretContent } from './secret-content';
import type { Unit } from './unit';

/** How a {@link Secret} is built: by id, label or both, with content already read. */
export interface SecretInit {
  readonly id?: string | undefined;
  readonly label?: string | undefined;
  readonly content?: Readonly<Record<string, string>> | undefined;
  /** Used to canonicalise a bare id into `secret://<uuid>/<id>`. */
  readonly modelUuid?: string | undefined;
}

/** Metadata a secret owner may change with {@link Secret.setInfo}. */
export interface SecretInfoUpdate {
  readonly label?: string | undefined;
  readonly description?: string | undefined;
  readonly expire?: Date | undefined;
  readonly rotate?: SecretRotatePolicy | undefined;
}

/**
 * A Juju secret, seen by its owner or an observer. Content is read once per
 * hook and never appears in `toString()`, `JSON.stringify()` or
 * `util.inspect()`.
 */
export class Secret {
  #content: Readonly<Record<string, string>> | undefined;
  #id: string | undefined;
  #label: string | undefined;
  readonly #backend: ModelBackend;
  readonly #modelUuid: string | undefined;

  constructor(backend: ModelBackend, init: SecretInit) {
    if (!init.id && !init.label) throw new ModelError('a secret needs an id or a label (or both)');
    this.#backend = backend;
    this.#modelUuid = init.modelUuid;
    this.#id = init.id ? canonicalSecretId(init.id, init.modelUuid) : undefined;
    this.#label = init.label;
    this.#content = init.content ? { ...init.content } : undefined;
  }

  /** The secret's locator URI (`secret:…`), or undefined if it was looked up by label only. */
  get id(): string | undefined {
    return this.#id;
  }

  /** The charm-local name of the secret, if one was given. */
  get label(): string | undefined {
    return this.#label;
  }

  /** The secret's globally unique id without the `secret:` scheme or model uuid. */
  get uniqueIdentifier(): string | undefined {
    return this.#id === undefined ? undefined : secretUniqueIdentifier(this.#id);
  }

  /**
   * A copy of the content of the tracked revision, read once per hook;
   * `refresh` moves to the latest revision first.
   */
  getContent(options: { refresh?: boolean } = {}): Record<string, string> {
    const refresh = options.refresh === true;
    if (refresh || this.#content === undefined) {
      this.#content = this.#backend.secretGet(this.query(), refresh ? { refresh: true } : undefined);
    }
    return { ...this.#content };
  }

  /** The content of the latest revision, without tracking it and without caching. */
  peekContent(): Record<string, string> {
    return this.#backend.secretGet(this.query(), { peek: true });
  }

  /** The secret's metadata (owner only). */
  getInfo(): SecretInfo {
    return new SecretInfo(this.#backend.secretInfoGet(this.query()), this.#modelUuid);
  }

  /**
   * Creates a new revision with `content`. Keys and values are checked before
   * any command runs. The cached content is kept, as in ops: this hook still
   * tracks the old revision until `getContent({ refresh: true })`.
   */
  setContent(content: Readonly<Record<string, string>>): void {
    validateSecretContent(content);
    this.#backend.secretSet(this.requireId(), { content });
  }

  /** Changes the secret's label, description, expiry or rotation policy (no new revision). */
  setInfo(update: SecretInfoUpdate): void {
    const { label, description, expire, rotate } = update;
    if (label === undefined && description === undefined && expire === undefined && rotate === undefined) {
      throw new ModelError('secret.setInfo needs at least one of label, description, expire or rotate');
    }
    this.#backend.secretSet(this.requireId(), { label, description, expire, rotate });
    if (label !== undefined) this.#label = label;
  }

  /** Lets the related application (or only `unit`) read the secret. */
  grant(relation: Relation, unit?: Unit): void {
    this.#backend.secretGrant(this.requireId(), { endpoint: relation.name, id: relation.id }, unit?.name);
  }

  /** Withdraws a grant made with {@link Secret.grant}. */
  revoke(relation: Relation, unit?: Unit): void {
    this.#backend.secretRevoke(this.requireId(), { endpoint: relation.name, id: relation.id }, unit?.name);
  }

  /** Removes one revision (typically in secret-remove or secret-expired). */
  removeRevision(revision: number): void {
    this.#backend.secretRemove(this.requireId(), revision);
  }

  /** Removes the secret entirely. */
  removeAllRevisions(): void {
    this.#backend.secretRemove(this.requireId());
  }

  /** `Secret(id=…, label=…)`; never the content. */
  toString(): string {
    const fields = [this.#id && `id=${this.#id}`, this.#label && `label=${this.#label}`].filter(Boolean);
    return `Secret(${fields.join(', ')})`;
  }

  /** The id and label only, so logging a secret never leaks its content. */
  toJSON(): { id?: string; label?: string } {
    return this.query();
  }

  /** Same as {@link Secret.toString} for `console.log` and `util.inspect`. */
  [inspect.custom](): string {
    return this.toString();
  }

  private query(): { id?: string; label?: string } {
    const q: { id?: string; label?: string } = {};
    if (this.#id !== undefined) q.id = this.#id;
    if (this.#label !== undefined) q.label = this.#label;
    return q;
  }

  // Owner operations need the id; a secret found by label learns it from secret-info-get, as in ops.
  private requireId(): string {
    this.#id ??= this.getInfo().id;
    return this.#id;
  }
}
