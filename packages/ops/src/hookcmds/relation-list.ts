import type { RelationRef } from '../backend/backend-types';
import { expectStringList, parseJsonOutput, unexpected } from './parse-output';
import { relationArg } from './relation-arg';
import type { HookCommandRunner } from './run-hook-command';

/** `relation-list -r <rel> --format=json`: the names of the remote units in the relation. */
export function relationList(run: HookCommandRunner, rel: RelationRef): string[] {
  const out = run({ command: 'relation-list', args: ['-r', relationArg(rel), '--format=json'] });
  return expectStringList('relation-list', parseJsonOutput('relation-list', out));
}

/** `relation-list -r <rel> --app --format=json`: the remote application's name, or null if Juju does not know it yet. */
export function relationRemoteApp(run: HookCommandRunner, rel: RelationRef): string | null {
  const out = parseJsonOutput('relation-list', run({ command: 'relation-list', args: ['-r', relationArg(rel), '--app', '--format=json'] }));
  if (out === null || out === '') return null;
  if (typeof out !== 'string') throw unexpected('relation-list', 'the application name as a JSON string', out);
  return out;
}
