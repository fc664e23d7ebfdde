import type { ConfigValue, JsonValue } from '../backend/backend-types';
import { expectObject, parseJsonOutput, unexpected } from './parse-output';
import type { HookCommandRunner } from './run-hook-command';

/** `config-get --format=json`: every option that has a value (unset options without a default are absent). */
export function configGet(run: HookCommandRunner): Record<string, ConfigValue> {
  const out = expectObject('config-get', parseJsonOutput('config-get', run({ command: 'config-get', args: ['--format=json'] })));
  const config: Record<string, ConfigValue> = {};
  for (const [key, value] of Object.entries(out)) {
    if (value === null) continue;
    config[key] = expectConfigValue(key, value);
  }
  return config;
}

/** `config-get KEY --format=json`: one option's value, or undefined when it has none. */
export function configGetKey(run: HookCommandRunner, key: string): ConfigValue | undefined {
  const value = parseJsonOutput('config-get', run({ command: 'config-get', args: [key, '--format=json'] }));
  return value === null ? undefined : expectConfigValue(key, value);
}

function expectConfigValue(key: string, value: JsonValue): ConfigValue {
  if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') return value;
  throw unexpected('config-get', `a boolean, number or string for option "${key}"`, value);
}
