import { CustomEvent } from '@jujuts/ops';

/** The payload of {@link DatabaseRequestedEvent}: JSON, so the event can be deferred. */
export interface DatabaseRequestedData {
  /** The relation the request came on. */
  readonly relationId: number;
  /** The requiring application. */
  readonly app: string;
  /** The requested database name. */
  readonly database: string;
  readonly extraUserRoles?: string;
}

/**
 * A requirer asked for a database that this provider has not answered yet
 * (emitted on the leader only: only it can answer). Create the database and
 * user, then call `provider.setCredentials(...)`.
 */
export class DatabaseRequestedEvent extends CustomEvent<DatabaseRequestedData> {}
