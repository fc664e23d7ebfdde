import type { RelationRef } from '../backend/backend-types';
import { expectStringRecord, parseJsonOutput } from './parse-output';
import { relationArg } from './relation-arg';
import type { HookCommandRunner } from './run-hook-command';

/**
 * `relation-get -r <rel> --format=json - UNIT` (a unit's bag) or
 * `relation-get -r <rel> --app --format=json - APP` (an application's bag).
 */
export function relationGet(run: HookCommandRunner, rel: RelationRef, member: string, isApp: boolean): Record<string, string> {
  const args = ['-r', relationArg(rel), ...(isApp ? ['--app'] : []), '--format=json', '-', member];
  return expectStringRecord('relation-get', parseJsonOutput('relation-get', run({ command: 'relation-get', args })));
}
