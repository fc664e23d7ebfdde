import type { AppStatusPayload, JsonValue, StatusName, StatusPayload } from '../backend/backend-types';
import { expectObject, isJsonObject, optionalString, parseJsonOutput, unexpected } from './parse-output';
import type { HookCommandRunner } from './run-hook-command';

const STATUS_NAMES: ReadonlySet<string> = new Set<StatusName>(['active', 'blocked', 'maintenance', 'waiting', 'unknown', 'error']);

/** `status-get --include-data --format=json`: this unit's status. */
export function unitStatusGet(run: HookCommandRunner): StatusPayload {
  const out = parseJsonOutput('status-get', run({ command: 'status-get', args: ['--include-data', '--format=json'] }));
  return toStatus(expectObject('status-get', out));
}

/**
 * `status-get --include-data --format=json --application` (leader only): the
 * application's status and its units'. Juju nests `units` inside
 * `application-status`; a top-level `units` is accepted too.
 */
export function appStatusGet(run: HookCommandRunner): AppStatusPayload {
  const out = expectObject(
    'status-get',
    parseJsonOutput('status-get', run({ command: 'status-get', args: ['--include-data', '--format=json', '--application'] })),
  );
  const app = out['application-status'];
  if (!isJsonObject(app)) throw unexpected('status-get', 'an "application-status" object', out);
  const rawUnits = app['units'] ?? out['units'] ?? {};
  if (!isJsonObject(rawUnits)) throw unexpected('status-get', 'a "units" object', rawUnits);
  const units: Record<string, StatusPayload> = {};
  for (const [unit, status] of Object.entries(rawUnits)) units[unit] = toStatus(expectObject('status-get', status));
  return { ...toStatus(app), units };
}

function toStatus(obj: { [key: string]: JsonValue }): StatusPayload {
  const status = optionalString(obj, 'status');
  if (status === undefined) throw unexpected('status-get', 'a "status" field', obj);
  // Juju has statuses jujuts does not model (`terminated`); reading one must not crash the charm.
  return { status: STATUS_NAMES.has(status) ? (status as StatusName) : 'unknown', message: optionalString(obj, 'message') ?? '' };
}
