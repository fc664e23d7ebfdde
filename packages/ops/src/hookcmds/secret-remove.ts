import type { HookCommandRunner } from './run-hook-command';

/** `secret-remove ID [--revision N]`: removes one revision, or the whole secret. */
export function secretRemove(run: HookCommandRunner, id: string, revision?: number): void {
  assertSecretRevision(id, revision);
  run({ command: 'secret-remove', args: [id, ...(revision === undefined ? [] : ['--revision', String(revision)])] });
}

/** Throws a TypeError when a revision to remove is given but is not a positive integer. */
export function assertSecretRevision(id: string, revision: number | undefined): void {
  if (revision !== undefined && (!Number.isInteger(revision) || revision < 1)) {
    throw new TypeError(`secret-remove ${id}: revision must be a positive integer, got ${revision}`);
  }
}
