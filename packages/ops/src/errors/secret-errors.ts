import { ModelError } from './model-error';

/** The secret does not exist, or this unit may not see it. */
export class SecretNotFoundError extends ModelError {
  override name = 'SecretNotFoundError';
}
