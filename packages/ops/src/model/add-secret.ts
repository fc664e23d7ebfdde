import type { SecretOwner, SecretRotatePolicy } from '../backend/backend-types';
import type { ModelCache } from './model-cache';
import { Secret } from './secret';
import { validateSecretContent } from './secret-content';

/** Options for `app.addSecret` and `unit.addSecret`. */
export interface AddSecretOptions {
  /** A charm-local name to find the secret by later. */
  readonly label?: string | undefined;
  readonly description?: string | undefined;
  /** When the first revision expires. */
  readonly expire?: Date | undefined;
  readonly rotate?: SecretRotatePolicy | undefined;
}

/** Checks the content, runs `secret-add` and returns the new secret with its content cached. */
export function addSecret(
  cache: ModelCache,
  content: Readonly<Record<string, string>>,
  options: AddSecretOptions,
  owner: SecretOwner,
): Secret {
  validateSecretContent(content);
  const { label, description, expire, rotate } = options;
  const id = cache.backend.secretAdd(content, { label, description, expire, rotate, owner });
  return new Secret(cache.backend, { id, label, content, modelUuid: cache.context.modelUuid });
}
