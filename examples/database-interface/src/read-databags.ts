import type { Application, Relation } from '@jujuts/ops';
import { DatabaseProvidedData } from './provided-data';
import { DatabaseRequestData } from './request-data';

/**
 * The requirer's request (the remote app bag seen from the provider), or
 * undefined while it has written none. A malformed request throws
 * RelationDataValidationError naming the field and rule.
 */
export function readRequest(relation: Relation): DatabaseRequestData | undefined {
  const app = relation.app;
  if (relation.data(app).get('database') === undefined) return undefined;
  return relation.load(DatabaseRequestData, app);
}

/**
 * The provider's answer in `app`'s bag (the remote app from the requirer,
 * our own app from the provider's leader), or undefined before it wrote one.
 */
export function readProvided(
  relation: Relation,
  app: Application = relation.app,
): DatabaseProvidedData | undefined {
  if (relation.data(app).get('secret-user') === undefined) return undefined;
  return relation.load(DatabaseProvidedData, app);
}
