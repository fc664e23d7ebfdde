import { ModelError } from './model-error';

/**
 * Secret content breaks Juju's rules (empty, a key not matching
 * `^[a-z](?:-?[a-z0-9]){2,}$`, or a value that is not a string). Names the
 * offending keys, never the values, which may be secret.
 */
export class SecretContentError extends ModelError {
  override name = 'SecretContentError';
  /** The keys at fault (empty when the content itself is empty). */
  readonly keys: readonly string[];

  constructor(message: string, keys: readonly string[]) {
    super(message);
    this.keys = keys;
  }
}
