import type { RelationRef } from '../backend/backend-types';
import { RelationDataTypeError } from '../errors';
import { relationArg } from './relation-arg';
import type { HookCommandRunner } from './run-hook-command';

/**
 * `relation-set -r <rel> [--app] --file -` with the changed keys as JSON on
 * stdin (values can be large, so never on argv). An empty string deletes a key.
 */
export function relationSet(
  run: HookCommandRunner,
  rel: RelationRef,
  changes: Readonly<Record<string, string>>,
  isApp: boolean,
): void {
  assertRelationChanges(rel, changes);
  const args = ['-r', relationArg(rel), ...(isApp ? ['--app'] : []), '--file', '-'];
  run({ command: 'relation-set', args, stdin: JSON.stringify(changes) });
}

/** Throws {@link RelationDataTypeError} naming the relation and key when a databag change is not a non-empty key with a string value. */
export function assertRelationChanges(rel: RelationRef, changes: Readonly<Record<string, string>>): void {
  for (const [key, value] of Object.entries(changes)) {
    if (key === '') throw new RelationDataTypeError(`relation-set on ${relationArg(rel)}: databag keys must not be empty`);
    if (typeof value !== 'string') {
      throw new RelationDataTypeError(`relation-set on ${relationArg(rel)}: the value of "${key}" must be a string, got ${typeof value}`);
    }
  }
}
