import {
  Component,
  RelationDataError,
  on,
  stored,
  type ComponentParent,
  type Relation,
  type RelationBrokenEvent,
  type RelationChangedEvent,
  type RelationCreatedEvent,
  type RelationJoinedEvent,
  type SecretChangedEvent,
} from '@jujuts/ops';
import { credentialsFromContent, type DatabaseCredentials } from './credentials';
import { DatabaseInterfaceError } from './database-interface-error';
import type { DatabaseProvidedData } from './provided-data';
import { readProvided } from './read-databags';
import { DatabaseRequestData } from './request-data';
import {
  DatabaseChangedEvent,
  DatabaseCreatedEvent,
  DatabaseRemovedEvent,
  type DatabaseEndpointsData,
} from './requirer-events';

/** Options of {@link DatabaseRequirer}. */
export interface DatabaseRequirerOptions {
  /** The `requires` endpoint speaking the `database` interface (default `database`). */
  readonly endpoint?: string;
  /** The database to ask for, or a function called when the request is written (to read it from config). */
  readonly database: string | (() => string);
  /** Extra roles for the user, passed through to the provider. */
  readonly extraUserRoles?: string;
}

/**
 * The requirer side of the `database` interface. The leader writes the
 * request when the relation is created or a unit joins; every unit emits
 * `databaseCreated` once the provider has answered, `databaseChanged` when
 * the answer or the credentials change, `databaseRemoved` when the relation
 * is gone. Credentials are read from the granted secret with
 * {@link DatabaseRequirer.credentials}.
 *
 * @example
 * ```ts
 * class AppCharm extends CharmBase {
 *   readonly db = new DatabaseRequirer(this, { database: 'app' });
 *   @observe((c: AppCharm) => c.db.databaseCreated)
 *   onCreated(e: DatabaseCreatedEvent) { const creds = this.db.credentials(this.db.relation(e.data.relationId)); }
 * }
 * ```
 */
export class DatabaseRequirer extends Component {
  /** The provider answered for the first time on a relation. */
  readonly databaseCreated = this.defineEvent('databaseCreated', DatabaseCreatedEvent);
  /** The provider's answer or the credentials changed. */
  readonly databaseChanged = this.defineEvent('databaseChanged', DatabaseChangedEvent);
  /** A relation to a provider is gone. */
  readonly databaseRemoved = this.defineEvent('databaseRemoved', DatabaseRemovedEvent);
  /** Relation id → the last answer seen, so created/changed fire once per change. */
  @stored() seen: { answers: Record<string, string> } = { answers: {} };
  /** The endpoint this component serves. */
  readonly endpoint: string;
  private readonly options: DatabaseRequirerOptions;

  constructor(parent: ComponentParent, options: DatabaseRequirerOptions) {
    const endpoint = options.endpoint ?? 'database';
    super(parent, endpoint);
    this.endpoint = endpoint;
    this.options = options;
  }

  /** The live relation with `id` on this endpoint; throws if there is none. */
  relation(id: number): Relation {
    const relation = this.model.getRelation(this.endpoint, id);
    if (!relation)
      throw new DatabaseInterfaceError(`${this.endpoint}:${id}: no such relation (it may have been removed)`);
    return relation;
  }

  /** The request this requirer makes. */
  requestData(): DatabaseRequestData {
    const database =
      typeof this.options.database === 'function' ? this.options.database() : this.options.database;
    return DatabaseRequestData.of(database, this.options.extraUserRoles);
  }

  /**
   * Writes the request on `relation`, or on every relation of the endpoint
   * (call it when the database name's config changes). Leader only: other
   * units do nothing and return false.
   */
  request(relation?: Relation): boolean {
    if (!this.unit.isLeader()) return false;
    const data = this.requestData();
    for (const r of relation ? [relation] : this.model.getRelations(this.endpoint)) r.save(data, this.app);
    return true;
  }

  /** The provider's answer on `relation` (endpoints and secret id), or undefined before it answered. */
  providedData(relation: Relation): DatabaseProvidedData | undefined {
    return readProvided(relation);
  }

  /**
   * The credentials the provider granted on `relation`, or undefined before
   * it answered. Every unit may read them: the secret is granted to the
   * whole application.
   *
   * @throws DatabaseInterfaceError when the secret is missing, not granted, or lacks a key.
   */
  credentials(relation: Relation): DatabaseCredentials | undefined {
    const data = readProvided(relation);
    if (!data) return undefined;
    const where = `credentials of relation ${relation}`;
    let content: Record<string, string>;
    try {
      content = this.model.getSecret({ id: data.secretId }).getContent();
    } catch (err) {
      throw new DatabaseInterfaceError(
        `${where}: cannot read secret ${data.secretId} named in secret-user (${(err as Error).message}); the provider must grant it to the relation`,
      );
    }
    return credentialsFromContent(content, where);
  }

  /** @internal Writes the request (leader). */
  @on.relationCreated((self: DatabaseRequirer) => self.endpoint)
  onRelationCreated(e: RelationCreatedEvent): void {
    this.request(e.relation);
  }

  /** @internal Writes the request (leader). */
  @on.relationJoined((self: DatabaseRequirer) => self.endpoint)
  onRelationJoined(e: RelationJoinedEvent): void {
    // Again on join: a leader elected after relation-created never wrote it.
    this.request(e.relation);
  }

  /** @internal Emits databaseCreated or databaseChanged when the answer is new. */
  @on.relationChanged((self: DatabaseRequirer) => self.endpoint)
  async onRelationChanged(e: RelationChangedEvent): Promise<void> {
    const data = this.readAnswer(e.relation);
    if (!data) return;
    const answer = JSON.stringify([
      data.secretId,
      data.endpoints,
      data.database ?? null,
      data.version ?? null,
    ]);
    const key = String(e.relation.id);
    const previous = this.seen.answers[key];
    if (previous === answer) return;
    this.seen.answers[key] = answer;
    const payload = endpointsPayload(e.relation.id, data);
    if (previous === undefined) await this.databaseCreated.emit(payload);
    else await this.databaseChanged.emit(payload);
  }

  /** @internal Refreshes to the new credentials revision and emits databaseChanged. */
  @on.secretChanged
  async onSecretChanged(e: SecretChangedEvent): Promise<void> {
    const changed = e.secret.uniqueIdentifier;
    for (const relation of this.model.getRelations(this.endpoint)) {
      const data = this.readAnswer(relation);
      if (!data || this.model.secretHandle({ id: data.secretId }).uniqueIdentifier !== changed) continue;
      // Track the new revision so credentials() returns the new password from now on.
      e.secret.getContent({ refresh: true });
      await this.databaseChanged.emit(endpointsPayload(relation.id, data));
    }
  }

  /** The answer for the event handlers: a malformed one is logged and skipped, not a failed hook. */
  private readAnswer(relation: Relation): DatabaseProvidedData | undefined {
    try {
      return readProvided(relation);
    } catch (err) {
      // The provider's bug: failing the hook would only make Juju retry it; credentials() still throws for the charm.
      if (!(err instanceof RelationDataError)) throw err;
      this.logger.warn(`ignoring the answer on ${relation}: ${err.message}`);
      return undefined;
    }
  }

  /** @internal Forgets the answer and emits databaseRemoved. */
  @on.relationBroken((self: DatabaseRequirer) => self.endpoint)
  async onRelationBroken(e: RelationBrokenEvent): Promise<void> {
    delete this.seen.answers[String(e.relation.id)];
    await this.databaseRemoved.emit({ relationId: e.relation.id });
  }
}

function endpointsPayload(relationId: number, data: DatabaseProvidedData): DatabaseEndpointsData {
  return {
    relationId,
    endpoints: [...data.endpoints],
    ...(data.database !== undefined ? { database: data.database } : {}),
    ...(data.version !== undefined ? { version: data.version } : {}),
  };
}
