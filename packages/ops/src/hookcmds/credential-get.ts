import type { JsonValue } from '../backend/backend-types';
import { expectObject, parseJsonOutput } from './parse-output';
import type { HookCommandRunner } from './run-hook-command';

/** `credential-get --format=json`: the cloud spec, available to trusted applications only. */
export function credentialGet(run: HookCommandRunner): Record<string, JsonValue> {
  return expectObject('credential-get', parseJsonOutput('credential-get', run({ command: 'credential-get', args: ['--format=json'] })));
}
