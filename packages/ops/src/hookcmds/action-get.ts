import type { JsonValue } from '../backend/backend-types';
import { expectObject, parseJsonOutput } from './parse-output';
import type { HookCommandRunner } from './run-hook-command';

/** `action-get --format=json`: the action's parameters, nested objects for dotted names. */
export function actionGet(run: HookCommandRunner): Record<string, JsonValue> {
  const out = parseJsonOutput('action-get', run({ command: 'action-get', args: ['--format=json'] }));
  return out === null ? {} : expectObject('action-get', out);
}
