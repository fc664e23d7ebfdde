import {
  Component,
  RelationDataError,
  SecretNotFoundError,
  on,
  type ComponentParent,
  type Relation,
  type RelationBrokenEvent,
  type RelationChangedEvent,
  type Secret,
} from '@jujuts/ops';
import { credentialsToContent, type DatabaseCredentials } from './credentials';
import { credentialsLabel } from './credentials-label';
import { DatabaseInterfaceError } from './database-interface-error';
import { DatabaseProvidedData } from './provided-data';
import { DatabaseRequestedEvent } from './provider-events';
import { readProvided, readRequest } from './read-databags';
import type { DatabaseRequestData } from './request-data';

/** Options of {@link DatabaseProvider}. */
export interface DatabaseProviderOptions {
  /** The `provides` endpoint speaking the `database` interface (default `database`). */
  readonly endpoint?: string;
}

/** Where the database is, published next to the credentials. */
export interface PublishOptions {
  /** `host:port` addresses, primary first. */
  readonly endpoints: readonly string[];
  /** The database created (defaults to the requested one). */
  readonly database?: string;
  readonly version?: string;
}

const ENDPOINT = /^\S+:\d+$/;

/**
 * The provider side of the `database` interface. On the leader it emits
 * `databaseRequested` for each request not answered yet; the charm creates
 * the database and calls {@link DatabaseProvider.setCredentials}.
 * Non-leader units neither emit nor write: only the leader may write the
 * application bag and own the application's secret.
 *
 * @example
 * ```ts
 * class PgCharm extends CharmBase {
 *   readonly db = new DatabaseProvider(this);
 *   @observe((c: PgCharm) => c.db.databaseRequested)
 *   onRequested(e: DatabaseRequestedEvent) {
 *     const relation = this.db.relation(e.data.relationId);
 *     this.db.setCredentials(relation, { username: 'u', password: 'p' }, { endpoints: ['pg:5432'] });
 *   }
 * }
 * ```
 */
export class DatabaseProvider extends Component {
  /** A requirer asked for a database (leader only). */
  readonly databaseRequested = this.defineEvent('databaseRequested', DatabaseRequestedEvent);
  /** The endpoint this component serves. */
  readonly endpoint: string;

  constructor(parent: ComponentParent, options: DatabaseProviderOptions = {}) {
    const endpoint = options.endpoint ?? 'database';
    super(parent, endpoint);
    this.endpoint = endpoint;
  }

  /** The live relation with `id` on this endpoint; throws if there is none. */
  relation(id: number): Relation {
    const relation = this.model.getRelation(this.endpoint, id);
    if (!relation)
      throw new DatabaseInterfaceError(`${this.endpoint}:${id}: no such relation (it may have been removed)`);
    return relation;
  }

  /** The requirer's request on `relation`, or undefined before it wrote one. */
  request(relation: Relation): DatabaseRequestData | undefined {
    return readRequest(relation);
  }

  /**
   * Publishes credentials on `relation` (leader only): stores them in an
   * application secret (a new revision if this relation already has one),
   * grants it to the relation, and writes its id and the endpoints to the
   * application bag. Resolves to the secret.
   *
   * @throws DatabaseInterfaceError on a non-leader unit, for empty credentials or malformed endpoints.
   */
  setCredentials(relation: Relation, credentials: DatabaseCredentials, options: PublishOptions): Secret {
    const where = `DatabaseProvider.setCredentials on relation ${relation}`;
    if (relation.name !== this.endpoint)
      throw new DatabaseInterfaceError(
        `${where}: this provider serves endpoint ${this.endpoint}, not ${relation.name}`,
      );
    if (!this.unit.isLeader()) {
      throw new DatabaseInterfaceError(
        `${where}: only the leader may publish credentials (it owns the application secret and writes the application bag), and ${this.unit.name} is not the leader; check this.unit.isLeader() first`,
      );
    }
    const content = credentialsToContent(credentials, where);
    const bad = options.endpoints.filter((e) => !ENDPOINT.test(e));
    if (options.endpoints.length === 0 || bad.length > 0) {
      throw new DatabaseInterfaceError(
        `${where}: endpoints must be one or more host:port addresses (got ${JSON.stringify(options.endpoints)})`,
      );
    }
    const secret = this.credentialsSecret(relation, content);
    const data = new DatabaseProvidedData();
    data.endpoints = [...options.endpoints];
    data.secretId = secret.id ?? secret.getInfo().id;
    const database = options.database ?? readRequest(relation)?.database;
    if (database !== undefined) data.database = database;
    if (options.version !== undefined) data.version = options.version;
    relation.save(data, this.app);
    return secret;
  }

  /** What this provider has published on `relation` (leader only), or undefined. */
  published(relation: Relation): DatabaseProvidedData | undefined {
    return readProvided(relation, this.app);
  }

  /** @internal Emits databaseRequested for a new or changed request (leader). */
  @on.relationChanged((self: DatabaseProvider) => self.endpoint)
  async onRelationChanged(e: RelationChangedEvent): Promise<void> {
    await this.emitIfUnanswered(e.relation);
  }

  /** @internal A new leader answers what its predecessor left. */
  @on.leaderElected
  async onLeaderElected(): Promise<void> {
    // A request the previous leader never answered would otherwise wait for the requirer's next change.
    for (const relation of this.model.getRelations(this.endpoint)) await this.emitIfUnanswered(relation);
  }

  private async emitIfUnanswered(relation: Relation): Promise<void> {
    // Only the leader can answer; the others would fail reading our own app bag.
    if (!this.unit.isLeader()) return;
    let request: DatabaseRequestData | undefined;
    try {
      request = readRequest(relation);
    } catch (err) {
      // A bad request is the requirer's bug: failing this hook would only make Juju retry it forever.
      if (!(err instanceof RelationDataError)) throw err;
      this.logger.warn(`ignoring the request on ${relation}: ${err.message}`);
      return;
    }
    if (!request) return;
    if (this.published(relation)?.database === request.database) return;
    const data = { relationId: relation.id, app: relation.app.name, database: request.database };
    await this.databaseRequested.emit(
      request.extraUserRoles === undefined ? data : { ...data, extraUserRoles: request.extraUserRoles },
    );
  }

  /** @internal Removes the relation's credentials secret (leader). */
  @on.relationBroken((self: DatabaseProvider) => self.endpoint)
  onRelationBroken(e: RelationBrokenEvent): void {
    if (!this.unit.isLeader()) return;
    // Nobody else can read the credentials now: drop the secret rather than leave a live user's password around.
    try {
      this.model.secretHandle({ label: credentialsLabel(this.endpoint, e.relation.id) }).removeAllRevisions();
    } catch (err) {
      if (!(err instanceof SecretNotFoundError)) throw err;
    }
  }

  private credentialsSecret(relation: Relation, content: Record<string, string>): Secret {
    const label = credentialsLabel(this.endpoint, relation.id);
    try {
      const existing = this.model.getSecret({ label });
      const current = existing.getContent();
      if (current.username !== content.username || current.password !== content.password)
        existing.setContent(content);
      return existing;
    } catch (err) {
      if (!(err instanceof SecretNotFoundError)) throw err;
    }
    const secret = this.app.addSecret(content, {
      label,
      description: `database credentials for relation ${relation}`,
    });
    secret.grant(relation);
    return secret;
  }
}
