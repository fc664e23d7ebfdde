import type { InvalidConfigError } from '../errors';

// Status messages are read in `juju status` columns: keep the long stock
// phrasings of class-validator short there (the log keeps them whole).
const SHORTER: readonly [RegExp, string][] = [[/one of the following values:/g, 'one of:']];

/**
 * The Blocked status message for invalid config, naming every option and
 * rule: `invalid config: log-level: must be one of: debug, info; port: must
 * not be greater than 65535`, cut with `…` to fit `maxLength` characters.
 */
export function configStatusMessage(err: InvalidConfigError, maxLength = 120): string {
  const parts = err.violations.map((v) => {
    const rule = SHORTER.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), v.rule);
    return `${v.option}: ${rule}`;
  });
  const message = `invalid config: ${parts.join('; ')}`;
  if (message.length <= maxLength) return message;
  return `${message.slice(0, Math.max(0, maxLength - 1)).trimEnd()}…`;
}
