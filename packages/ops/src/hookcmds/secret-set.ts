import type { SecretFields } from '../backend/backend-types';
import { assertSecretContent, withSecretContentFiles } from './secret-content-files';
import { assertSecretFields, secretFieldArgs } from './secret-field-args';
import type { HookCommandRunner } from './run-hook-command';

/**
 * `secret-set ID [--label L] [--description D] [--expire T] [--rotate P] [KEY#file=PATH …]`:
 * new content makes a new revision; fields alone only change metadata.
 */
export function secretSet(
  run: HookCommandRunner,
  id: string,
  update: SecretFields & { content?: Readonly<Record<string, string>> | undefined },
): void {
  assertSecretSetInput(update);
  const flags = [id, ...secretFieldArgs('secret-set', update)];
  if (update.content === undefined) {
    run({ command: 'secret-set', args: flags });
    return;
  }
  withSecretContentFiles(update.content, (files) =>
    run({ command: 'secret-set', args: [...flags, ...files.args], displayArgs: [...flags, ...files.displayArgs] }),
  );
}

/** Throws the error `secret-set` would for this update, before anything runs: bad fields first, then bad content. */
export function assertSecretSetInput(update: SecretFields & { content?: Readonly<Record<string, string>> | undefined }): void {
  assertSecretFields('secret-set', update);
  if (update.content !== undefined) assertSecretContent('secret-set', update.content);
}
