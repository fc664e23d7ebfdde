import type { RelationRef } from '../backend/backend-types';
import { relationArg } from './relation-arg';
import type { HookCommandRunner } from './run-hook-command';

/** `secret-grant ID -r <rel> [--unit UNIT]`: lets the related application (or one unit) read the secret. */
export function secretGrant(run: HookCommandRunner, id: string, rel: RelationRef, unit?: string): void {
  run({ command: 'secret-grant', args: accessArgs(id, rel, unit) });
}

/** `secret-revoke ID -r <rel> [--unit UNIT]`: withdraws a grant. */
export function secretRevoke(run: HookCommandRunner, id: string, rel: RelationRef, unit?: string): void {
  run({ command: 'secret-revoke', args: accessArgs(id, rel, unit) });
}

function accessArgs(id: string, rel: RelationRef, unit: string | undefined): string[] {
  return [id, '-r', relationArg(rel), ...(unit === undefined ? [] : ['--unit', unit])];
}
