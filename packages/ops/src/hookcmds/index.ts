/**
 * One typed function per Juju hook command. Each takes a
 * {@link HookCommandRunner} first, builds the exact argv Juju expects and
 * parses the output into the types of `backend/backend-types`.
 */
export {
  runHookCommand,
  createHookCommandRunner,
  type HookCommandCall,
  type HookCommandRunner,
  type HookCommandRunnerOptions,
} from './run-hook-command';
export { relationArg } from './relation-arg';
export { parseJsonOutput } from './parse-output';
export { configGet, configGetKey } from './config-get';
export { relationIds } from './relation-ids';
export { relationList, relationRemoteApp } from './relation-list';
export { relationGet } from './relation-get';
export { relationSet, assertRelationChanges } from './relation-set';
export { relationModelGet } from './relation-model-get';
export { isLeader } from './is-leader';
export { unitStatusGet, appStatusGet } from './status-get';
export { statusSet, assertSettableStatus, type SettableStatus } from './status-set';
export { applicationVersionSet } from './application-version-set';
export { actionGet } from './action-get';
export { actionSet, assertActionResults, assertActionResultKey } from './action-set';
export { actionLog, actionFail } from './action-log';
export { jujuLog, assertJujuLogLevel, splitUtf8, JUJU_LOG_MAX_BYTES } from './juju-log';
export { networkGet } from './network-get';
export { storageList, storageGet, storageAdd, assertStorageId, assertStorageCount } from './storage';
export { resourceGet } from './resource-get';
export { goalState } from './goal-state';
export { credentialGet } from './credential-get';
export { formatPort, parsePort } from './port-spec';
export { openPort, closePort, openedPorts } from './ports';
export { assertSecretContent, withSecretContentFiles, type SecretContentArgs } from './secret-content-files';
export { secretAdd, assertSecretAddInput } from './secret-add';
export { secretGet, assertSecretGetInput, assertSecretQuery, type SecretGetOptions } from './secret-get';
export { secretInfoGet } from './secret-info-get';
export { secretSet, assertSecretSetInput } from './secret-set';
export { secretGrant, secretRevoke } from './secret-access';
export { secretRemove, assertSecretRevision } from './secret-remove';
export { secretIds } from './secret-ids';
export { stateGet, stateGetKey, stateSet, stateDelete, assertStateValues } from './state';
export { jujuReboot } from './juju-reboot';
