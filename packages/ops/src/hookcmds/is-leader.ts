import { parseJsonOutput, unexpected } from './parse-output';
import type { HookCommandRunner } from './run-hook-command';

/** `is-leader --format=json`: whether this unit currently holds the leadership lease. */
export function isLeader(run: HookCommandRunner): boolean {
  const out = parseJsonOutput('is-leader', run({ command: 'is-leader', args: ['--format=json'] }));
  if (typeof out !== 'boolean') throw unexpected('is-leader', 'true or false', out);
  return out;
}
