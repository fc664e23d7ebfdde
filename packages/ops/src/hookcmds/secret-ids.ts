import { expectStringList, parseJsonOutput } from './parse-output';
import type { HookCommandRunner } from './run-hook-command';

/** `secret-ids --format=json`: the ids of the secrets this unit owns (Juju prints `null` for none). */
export function secretIds(run: HookCommandRunner): string[] {
  return expectStringList('secret-ids', parseJsonOutput('secret-ids', run({ command: 'secret-ids', args: ['--format=json'] })));
}
