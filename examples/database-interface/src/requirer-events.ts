import { CustomEvent } from '@jujuts/ops';

/** The payload of {@link DatabaseCreatedEvent} and {@link DatabaseChangedEvent}. */
export interface DatabaseEndpointsData {
  readonly relationId: number;
  readonly endpoints: string[];
  readonly database?: string;
  readonly version?: string;
}

/** The provider published endpoints and credentials for the first time on this relation; read them with `requirer.credentials(relation)`. */
export class DatabaseCreatedEvent extends CustomEvent<DatabaseEndpointsData> {}

/** The endpoints, the credentials secret or the credentials' content changed after the database was created. */
export class DatabaseChangedEvent extends CustomEvent<DatabaseEndpointsData> {}

/** The payload of {@link DatabaseRemovedEvent}. */
export interface DatabaseRemovedData {
  readonly relationId: number;
}

/** The relation is gone: stop using the database it provided. */
export class DatabaseRemovedEvent extends CustomEvent<DatabaseRemovedData> {}
