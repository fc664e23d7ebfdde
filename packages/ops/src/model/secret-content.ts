import { SecretContentError } from '../errors';

// Juju's own rule for secret content keys.
const KEY_RULE = /^[a-z](?:-?[a-z0-9]){2,}$/;

/**
 * Checks secret content before any command runs. Errors name the keys at
 * fault and the rule, never a value.
 */
export function validateSecretContent(content: unknown): asserts content is Record<string, string> {
  if (typeof content !== 'object' || content === null || Array.isArray(content)) {
    throw new SecretContentError('secret content must be an object of string keys to string values', []);
  }
  const entries = Object.entries(content);
  if (entries.length === 0) throw new SecretContentError('secret content must not be empty', []);
  const badKeys = entries.filter(([k]) => !KEY_RULE.test(k)).map(([k]) => k);
  if (badKeys.length > 0) {
    throw new SecretContentError(
      `invalid secret keys ${badKeys.map((k) => `'${k}'`).join(', ')}: keys must match ${KEY_RULE.source} ` +
        '(lowercase letters and digits, at least 3 characters, starting with a letter, single hyphens inside)',
      badKeys,
    );
  }
  const badValues = entries.filter(([, v]) => typeof v !== 'string').map(([k]) => k);
  if (badValues.length > 0) {
    throw new SecretContentError(
      `invalid secret values for keys ${badValues.map((k) => `'${k}'`).join(', ')}: values must be strings`,
      badValues,
    );
  }
}
