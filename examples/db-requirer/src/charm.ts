import 'reflect-metadata';
import {
  ActiveStatus,
  BlockedStatus,
  CharmBase,
  WaitingStatus,
  action,
  charm,
  main,
  observe,
  on,
  option,
  stored,
  type ActionEvent,
  type CollectStatusEvent,
  type ConfigChangedEvent,
} from '@jujuts/ops';
import { IsString, Matches } from 'class-validator';
import {
  DatabaseRequirer,
  type DatabaseChangedEvent,
  type DatabaseCreatedEvent,
  type DatabaseRemovedEvent,
} from '@jujuts-examples/database-interface';

/** Typed config: option `database-name` ↔ databaseName. */
export class RequirerConfig {
  @option({ description: 'The database to ask the provider for.' })
  @IsString()
  @Matches(/^[A-Za-z_][A-Za-z0-9_-]*$/, {
    message: 'database-name must be letters, digits, _ and -, not starting with a digit',
  })
  databaseName = 'app';
}

/** What the unit connects with; never the password, which stays in the secret. */
interface Connection {
  endpoints: string[];
  username: string;
  database: string;
}

/** Asks for a database and "connects" to it with the granted credentials. */
@charm({ config: RequirerConfig })
export class RequirerCharm extends CharmBase<RequirerConfig> {
  readonly db = new DatabaseRequirer(this, {
    endpoint: 'database',
    database: () => this.config.databaseName,
  });
  @stored() state: { connection: Connection | null; credentialChanges: number } = {
    connection: null,
    credentialChanges: 0,
  };

  @on.configChanged
  onConfigChanged(_e: ConfigChangedEvent): void {
    // A new name must reach the provider on relations that already exist.
    this.db.request();
  }

  @observe((c: RequirerCharm) => c.db.databaseCreated)
  onDatabaseCreated(e: DatabaseCreatedEvent): void {
    this.connect(e.data.relationId, e.data.endpoints, e.data.database);
  }

  @observe((c: RequirerCharm) => c.db.databaseChanged)
  onDatabaseChanged(e: DatabaseChangedEvent): void {
    this.state.credentialChanges += 1;
    this.connect(e.data.relationId, e.data.endpoints, e.data.database);
  }

  @observe((c: RequirerCharm) => c.db.databaseRemoved)
  onDatabaseRemoved(_e: DatabaseRemovedEvent): void {
    this.state.connection = null;
  }

  @action('show-connection', undefined, {
    description: 'Show the endpoints and user the unit connects with (never the password).',
  })
  onShowConnection(e: ActionEvent): void {
    const c = this.state.connection;
    if (!c) return e.fail('not connected: relate this application to a database provider');
    e.setResults({ endpoints: c.endpoints.join(','), username: c.username, database: c.database });
  }

  @on.collectUnitStatus
  onCollectStatus(e: CollectStatusEvent): void {
    if (this.model.getRelations('database').length === 0)
      e.addStatus(new BlockedStatus('needs a database relation'));
    else if (!this.state.connection) e.addStatus(new WaitingStatus('waiting for database credentials'));
    else
      e.addStatus(
        new ActiveStatus(
          `connected to ${this.state.connection.database} at ${this.state.connection.endpoints[0] ?? '?'}`,
        ),
      );
  }

  private connect(relationId: number, endpoints: string[], database = this.config.databaseName): void {
    const credentials = this.db.credentials(this.db.relation(relationId));
    if (!credentials) return;
    // A real application would open a connection pool here; the password never leaves this function.
    this.state.connection = { endpoints, username: credentials.username, database };
    this.logger.info(`connected to ${endpoints.join(',')} as ${credentials.username}`);
  }
}

void main(RequirerCharm);
