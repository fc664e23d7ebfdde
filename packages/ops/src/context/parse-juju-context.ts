import { DISPATCH_PATH, JUJU_VERSION, nonEmpty, UNIT_NAME } from './context-shapes';
import { EnvReader } from './env-reader';
import { eventFamily, type EventFamily } from './event-family';
import type { JujuContext } from './juju-context';
import { readRelationFields } from './relation-fields';
import { readActionFields, readSecretFields, readStorageFields, readWorkloadFields } from './scoped-fields';

/**
 * Parses and validates the `JUJU_*` environment Juju gives a hook or action.
 *
 * The event comes from `JUJU_DISPATCH_PATH` alone; the variables its family
 * needs (relation, workload, secret, storage, action) must be present and
 * well-formed.
 *
 * @throws JujuContextError naming the variable, the hook and the expected shape.
 * @example
 * const ctx = parseJujuContext(); // in a dispatched hook
 * if (ctx.relationName) log.info(`relation ${ctx.relationName}:${ctx.relationId}`);
 */
export function parseJujuContext(env: NodeJS.ProcessEnv = process.env): JujuContext {
  const dispatchPath = new EnvReader(env, 'this dispatch').required('JUJU_DISPATCH_PATH', DISPATCH_PATH);
  const slash = dispatchPath.indexOf('/');
  const isAction = dispatchPath.slice(0, slash) === 'actions';
  const eventName = dispatchPath.slice(slash + 1);
  const reader = new EnvReader(env, `${isAction ? 'action' : 'hook'} ${eventName}`);

  const unitName = reader.required('JUJU_UNIT_NAME', UNIT_NAME);
  const debugAt = reader.optional('JUJU_DEBUG_AT');
  return {
    dispatchPath,
    eventName,
    isAction,
    unitName,
    appName: unitName.slice(0, unitName.lastIndexOf('/')),
    modelName: reader.required('JUJU_MODEL_NAME', nonEmpty('the model name, for example `prod`')),
    modelUuid: reader.required('JUJU_MODEL_UUID', nonEmpty("the model's UUID")),
    jujuVersion: reader.required('JUJU_VERSION', JUJU_VERSION),
    charmDir: reader.required('JUJU_CHARM_DIR', nonEmpty('the charm directory, for example `/var/lib/juju/agents/unit-web-0/charm`')),
    hookName: reader.optional('JUJU_HOOK_NAME'),
    ...familyFields(reader, eventFamily(eventName, isAction), eventName),
    debug: reader.optional('JUJU_DEBUG') !== undefined,
    debugAt: debugAt === undefined ? [] : debugAt.split(',').map((s) => s.trim()).filter((s) => s !== ''),
    availabilityZone: reader.optional('JUJU_AVAILABILITY_ZONE'),
    machineId: reader.optional('JUJU_MACHINE_ID'),
    principalUnit: reader.optional('JUJU_PRINCIPAL_UNIT', UNIT_NAME),
  };
}

function familyFields(reader: EnvReader, family: EventFamily, eventName: string): Partial<JujuContext> {
  switch (family.kind) {
    case 'relation':
      return readRelationFields(reader, family.endpoint, family.suffix);
    case 'workload':
      return readWorkloadFields(reader, family.container, family.suffix);
    case 'secret':
      return readSecretFields(reader, family.suffix);
    case 'storage':
      return readStorageFields(reader, family.storage, family.suffix);
    case 'action':
      return readActionFields(reader, eventName);
    case 'plain':
      return {};
  }
}
