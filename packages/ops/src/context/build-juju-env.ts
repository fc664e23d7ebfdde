import type { JujuContext } from './juju-context';

/**
 * The `JUJU_*` environment that {@link parseJujuContext} turns back into
 * `ctx`: the simulator uses it to spawn a charm's real `dispatch`. Unset
 * optional fields are left out, so parse(build(ctx)) equals ctx.
 */
export function buildJujuEnv(ctx: JujuContext): Record<string, string> {
  const env: Record<string, string> = {};
  const put = (name: string, value: string | number | undefined): void => {
    if (value !== undefined && value !== '') env[name] = String(value);
  };
  put('JUJU_DISPATCH_PATH', ctx.dispatchPath);
  put('JUJU_UNIT_NAME', ctx.unitName);
  put('JUJU_MODEL_NAME', ctx.modelName);
  put('JUJU_MODEL_UUID', ctx.modelUuid);
  put('JUJU_VERSION', ctx.jujuVersion);
  put('JUJU_CHARM_DIR', ctx.charmDir);
  put('JUJU_HOOK_NAME', ctx.hookName);
  put('JUJU_RELATION', ctx.relationName);
  if (ctx.relationName !== undefined && ctx.relationId !== undefined) {
    put('JUJU_RELATION_ID', `${ctx.relationName}:${ctx.relationId}`);
  }
  put('JUJU_REMOTE_APP', ctx.remoteApp);
  put('JUJU_REMOTE_UNIT', ctx.remoteUnit);
  put('JUJU_DEPARTING_UNIT', ctx.departingUnit);
  put('JUJU_ACTION_NAME', ctx.actionName);
  put('JUJU_ACTION_UUID', ctx.actionUuid);
  put('JUJU_WORKLOAD_NAME', ctx.workloadName);
  put('JUJU_NOTICE_ID', ctx.noticeId);
  put('JUJU_NOTICE_TYPE', ctx.noticeType);
  put('JUJU_NOTICE_KEY', ctx.noticeKey);
  put('JUJU_PEBBLE_CHECK_NAME', ctx.pebbleCheckName);
  put('JUJU_SECRET_ID', ctx.secretId);
  put('JUJU_SECRET_LABEL', ctx.secretLabel);
  put('JUJU_SECRET_REVISION', ctx.secretRevision);
  put('JUJU_STORAGE_ID', ctx.storageId);
  if (ctx.debug) env['JUJU_DEBUG'] = '1';
  put('JUJU_DEBUG_AT', ctx.debugAt.join(','));
  put('JUJU_AVAILABILITY_ZONE', ctx.availabilityZone);
  put('JUJU_MACHINE_ID', ctx.machineId);
  put('JUJU_PRINCIPAL_UNIT', ctx.principalUnit);
  return env;
}
