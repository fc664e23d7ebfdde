import type { JujuContext } from '@jujuts/ops/internal';
import type { JujuState } from '../juju';
import type { HookEventSpec } from './hook-event-spec';

/** Charm directory reported to charms run in memory (nothing is read from it). */
export const IN_MEMORY_CHARM_DIR = '/var/lib/juju/agents/unit-test/charm';

/** The JujuContext Juju would give a unit in `state` for `event`. */
export function hookContext(state: JujuState, event: HookEventSpec, jujuVersion = '3.6.1'): JujuContext {
  const [kind, name = ''] = splitPath(event.path);
  const appName = state.unitName.split('/')[0] ?? state.unitName;
  const relation = event.relationId === undefined ? undefined : state.relations.find((r) => r.id === event.relationId);
  const remoteUnit = event.remoteUnit;
  return {
    dispatchPath: event.path,
    eventName: name,
    isAction: kind === 'actions',
    unitName: state.unitName,
    appName,
    modelName: state.model.name,
    modelUuid: state.model.uuid,
    jujuVersion,
    charmDir: IN_MEMORY_CHARM_DIR,
    hookName: kind === 'hooks' ? name : undefined,
    relationName: event.relationName ?? relation?.endpoint,
    relationId: event.relationId,
    remoteApp: event.remoteApp ?? relation?.remoteApp ?? (remoteUnit ? remoteUnit.split('/')[0] : undefined),
    remoteUnit,
    departingUnit: event.departingUnit,
    actionName: kind === 'actions' ? name : undefined,
    actionUuid: kind === 'actions' ? (event.actionUuid ?? '1') : undefined,
    workloadName: event.workloadName,
    noticeId: event.noticeId,
    noticeType: event.noticeType,
    noticeKey: event.noticeKey,
    pebbleCheckName: event.checkName,
    secretId: event.secretId,
    secretLabel: event.secretLabel,
    secretRevision: event.secretRevision,
    storageId: event.storageId,
    storageName: event.storageId?.split('/')[0],
    debug: false,
    debugAt: [],
  };
}

function splitPath(path: string): [string, string | undefined] {
  const slash = path.indexOf('/');
  if (slash < 0) throw new Error(`dispatch path ${JSON.stringify(path)} must be hooks/<hook> or actions/<action>`);
  return [path.slice(0, slash), path.slice(slash + 1)];
}
