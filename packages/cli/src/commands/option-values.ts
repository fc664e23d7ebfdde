import type { OptionValues } from './command';

/** The value of a string option, or undefined when absent. */
export function stringOption(options: OptionValues, name: string): string | undefined {
  const value = options[name];
  return typeof value === 'string' ? value : undefined;
}

/** Whether a boolean option was given. */
export function flagOption(options: OptionValues, name: string): boolean {
  return options[name] === true;
}

/** The values of a repeatable string option (empty when absent). */
export function listOption(options: OptionValues, name: string): readonly string[] {
  const value = options[name];
  if (Array.isArray(value)) return value as readonly string[];
  return typeof value === 'string' ? [value] : [];
}
