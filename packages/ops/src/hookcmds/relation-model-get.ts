import type { RelationRef } from '../backend/backend-types';
import { expectObject, optionalString, parseJsonOutput, unexpected } from './parse-output';
import { relationArg } from './relation-arg';
import type { HookCommandRunner } from './run-hook-command';

/** `relation-model-get -r <rel> --format=json`: the uuid of the model the remote application lives in. */
export function relationModelGet(run: HookCommandRunner, rel: RelationRef): string {
  const out = expectObject(
    'relation-model-get',
    parseJsonOutput('relation-model-get', run({ command: 'relation-model-get', args: ['-r', relationArg(rel), '--format=json'] })),
  );
  const uuid = optionalString(out, 'uuid');
  if (uuid === undefined) throw unexpected('relation-model-get', 'an object with a "uuid"', out);
  return uuid;
}
