import { expectStringList, parseJsonOutput, unexpected } from './parse-output';
import type { HookCommandRunner } from './run-hook-command';

/** `relation-ids ENDPOINT --format=json`: the numeric ids of the endpoint's relations (`db:3` → 3). */
export function relationIds(run: HookCommandRunner, endpoint: string): number[] {
  const ids = expectStringList('relation-ids', parseJsonOutput('relation-ids', run({ command: 'relation-ids', args: [endpoint, '--format=json'] })));
  return ids.map((id) => {
    const n = Number(id.slice(id.lastIndexOf(':') + 1));
    if (!Number.isInteger(n) || n < 0) throw unexpected('relation-ids', 'ids like "db:3"', id);
    return n;
  });
}
