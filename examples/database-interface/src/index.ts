/**
 * The `database` relation interface: a provider publishes endpoints and a
 * credentials secret for the database a requirer asks for.
 *
 * @packageDocumentation
 */
export { DatabaseRequestData } from './request-data';
export { DatabaseProvidedData } from './provided-data';
export type { DatabaseCredentials } from './credentials';
export { DatabaseInterfaceError } from './database-interface-error';
export { DatabaseRequestedEvent, type DatabaseRequestedData } from './provider-events';
export {
  DatabaseCreatedEvent,
  DatabaseChangedEvent,
  DatabaseRemovedEvent,
  type DatabaseEndpointsData,
  type DatabaseRemovedData,
} from './requirer-events';
export { DatabaseProvider, type DatabaseProviderOptions, type PublishOptions } from './database-provider';
export { DatabaseRequirer, type DatabaseRequirerOptions } from './database-requirer';
export { credentialsLabel } from './credentials-label';
export { readRequest, readProvided } from './read-databags';
