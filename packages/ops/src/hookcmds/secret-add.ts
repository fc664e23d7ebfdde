import type { SecretFields, SecretOwner } from '../backend/backend-types';
import { ModelError } from '../errors';
import { assertSecretContent, withSecretContentFiles } from './secret-content-files';
import { assertSecretFields, secretFieldArgs } from './secret-field-args';
import type { HookCommandRunner } from './run-hook-command';

/**
 * `secret-add [--label L] [--description D] [--expire T] [--rotate P] [--owner O] KEY#file=PATH …`:
 * creates a secret and returns its id. Content travels in 0600 temp files, never on argv.
 */
export function secretAdd(
  run: HookCommandRunner,
  content: Readonly<Record<string, string>>,
  fields: SecretFields & { owner?: SecretOwner | undefined } = {},
): string {
  assertSecretAddInput(content, fields);
  const flags = secretFieldArgs('secret-add', fields);
  if (fields.owner !== undefined) flags.push('--owner', fields.owner);
  const id = withSecretContentFiles(content, (files) =>
    run({ command: 'secret-add', args: [...flags, ...files.args], displayArgs: [...flags, ...files.displayArgs] }),
  ).trim();
  if (id === '') throw new ModelError('secret-add printed no secret id');
  return id;
}

/**
 * Throws the error `secret-add` would for this input, before anything runs:
 * a `SecretContentError` for bad content, a TypeError for a bad expiry,
 * rotate policy or owner.
 */
export function assertSecretAddInput(
  content: Readonly<Record<string, string>>,
  fields: SecretFields & { owner?: SecretOwner | undefined } = {},
): void {
  assertSecretContent('secret-add', content);
  assertSecretFields('secret-add', fields);
  if (fields.owner !== undefined && fields.owner !== 'application' && fields.owner !== 'unit') {
    throw new TypeError(`secret-add: owner must be "application" or "unit", got "${String(fields.owner)}"`);
  }
}
