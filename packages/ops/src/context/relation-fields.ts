import type { EnvReader } from './env-reader';
import type { RelationSuffix } from './event-family';
import type { JujuContext } from './juju-context';
import { APP_NAME, ENDPOINT, RELATION_ID, UNIT_NAME } from './context-shapes';

/** The relation part of a {@link JujuContext}. */
export type RelationFields = Pick<
  JujuContext,
  'relationName' | 'relationId' | 'remoteApp' | 'remoteUnit' | 'departingUnit'
>;

/** Which relation hooks name a remote unit (created and broken concern the whole relation). */
const NEEDS_REMOTE_UNIT: ReadonlySet<RelationSuffix> = new Set(['joined', 'changed', 'departed']);

/** Reads and cross-checks the relation variables of `<endpoint>-relation-<suffix>`. */
export function readRelationFields(reader: EnvReader, endpoint: string, suffix: RelationSuffix): RelationFields {
  const relationName = reader.required('JUJU_RELATION', ENDPOINT);
  if (relationName !== endpoint) {
    throw reader.fail('JUJU_RELATION', `is ${JSON.stringify(relationName)}, not the hook's endpoint`, {
      expected: `\`${endpoint}\``,
    });
  }
  const rawId = reader.required('JUJU_RELATION_ID', RELATION_ID);
  const colon = rawId.lastIndexOf(':');
  if (rawId.slice(0, colon) !== relationName) {
    throw reader.fail('JUJU_RELATION_ID', `is ${JSON.stringify(rawId)}, which names another endpoint`, RELATION_ID);
  }
  const relationId = Number(rawId.slice(colon + 1));

  const remoteUnit = NEEDS_REMOTE_UNIT.has(suffix)
    ? reader.required('JUJU_REMOTE_UNIT', UNIT_NAME)
    : reader.optional('JUJU_REMOTE_UNIT', UNIT_NAME);
  const departingUnit =
    suffix === 'departed'
      ? reader.required('JUJU_DEPARTING_UNIT', UNIT_NAME)
      : reader.optional('JUJU_DEPARTING_UNIT', UNIT_NAME);
  // Older Juju versions leave JUJU_REMOTE_APP out; the unit name carries it.
  const remoteApp = reader.optional('JUJU_REMOTE_APP', APP_NAME) ?? remoteUnit?.slice(0, remoteUnit.indexOf('/'));

  return { relationName, relationId, remoteApp, remoteUnit, departingUnit };
}
