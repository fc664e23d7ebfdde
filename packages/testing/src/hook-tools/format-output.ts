import { UsageError } from './usage-error';
import { loadYaml } from './load-yaml';

/**
 * Render a command's value as `--format` asks: `json` compact on one line,
 * `yaml`, or Juju's default `smart` (strings as is, booleans as Python-ish
 * `True`/`False`, anything else as YAML).
 */
export function formatOutput(value: unknown, format = 'smart'): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(value ?? null)}\n`;
    case 'yaml':
      return loadYaml().stringify(value ?? null);
    case 'smart':
      if (value === undefined || value === null) return '';
      if (typeof value === 'string') return value === '' ? '' : `${value}\n`;
      if (typeof value === 'boolean') return value ? 'True\n' : 'False\n';
      if (typeof value === 'number') return `${value}\n`;
      return loadYaml().stringify(value);
    default:
      throw new UsageError(`invalid value "${format}" for flag --format: unknown format "${format}"`);
  }
}
