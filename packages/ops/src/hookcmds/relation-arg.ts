import type { RelationRef } from '../backend/backend-types';

/** The `-r` argument for a relation: `<endpoint>:<id>`, so newer Juju can check the endpoint. */
export function relationArg(rel: RelationRef): string {
  if (!Number.isInteger(rel.id) || rel.id < 0) {
    throw new TypeError(`relation id ${String(rel.id)} for endpoint "${rel.endpoint}" must be a non-negative integer`);
  }
  return `${rel.endpoint}:${rel.id}`;
}
