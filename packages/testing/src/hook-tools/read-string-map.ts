import { JujuError } from '../juju/juju-error';
import { loadYaml } from './load-yaml';

/**
 * Parse `--file` content (YAML, or JSON, which is YAML too) into string
 * keys and values, as Juju reads relation settings and state: an empty
 * document is `{}`, a non-string value is refused.
 */
export function readStringMap(text: string, what: string): Record<string, string> {
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    // JSON first: it is what most charms send and needs no yaml load.
    parsed = JSON.parse(text);
  } catch {
    try {
      parsed = loadYaml().parse(text);
    } catch (err) {
      throw new JujuError(`cannot parse ${what}: ${(err as Error).message.split('\n')[0] ?? ''}`);
    }
  }
  if (parsed === null || parsed === undefined) return {};
  if (typeof parsed !== 'object' || Array.isArray(parsed))
    throw new JujuError(`cannot parse ${what}: expected a mapping of keys to strings`);
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (value === null) out[key] = '';
    else if (typeof value === 'string') out[key] = value;
    else throw new JujuError(`cannot parse ${what}: value of "${key}" is a ${typeof value}, not a string`);
  }
  return out;
}

/** Split `KEY=VALUE` arguments (the value may hold `=`), refusing any without `=`. */
export function readKeyValueArgs(args: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const arg of args) {
    const eq = arg.indexOf('=');
    if (eq <= 0) throw new JujuError(`expected "key=value", got "${arg}"`, 2);
    out[arg.slice(0, eq)] = arg.slice(eq + 1);
  }
  return out;
}
