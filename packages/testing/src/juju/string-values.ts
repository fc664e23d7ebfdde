import { JujuError } from './juju-error';

/**
 * Refuse a value that is not a string, as Juju does when it parses a
 * command's `--file` or `key=value` input: its stores hold strings only, so
 * a number or object from an in-memory caller must not slip in.
 */
export function checkStringValues(values: Readonly<Record<string, unknown>>, what: string): void {
  for (const [key, value] of Object.entries(values)) {
    if (typeof value !== 'string') {
      throw new JujuError(
        `cannot parse ${what}: value of "${key}" is a ${value === null ? 'null' : typeof value}, not a string`,
      );
    }
  }
}
