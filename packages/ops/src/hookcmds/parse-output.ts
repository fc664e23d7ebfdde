import { ModelError } from '../errors';
import type { JsonValue } from '../backend/backend-types';

/**
 * Parses a hook command's `--format=json` stdout; a malformed reply is a
 * {@link ModelError} naming the command. With `sensitive`, the error does not
 * quote the output (secret content must never reach a message or a log).
 */
export function parseJsonOutput(command: string, stdout: string, sensitive = false): JsonValue {
  const text = stdout.trim();
  try {
    // Some commands print nothing at all for "no value".
    return text === '' ? null : (JSON.parse(text) as JsonValue);
  } catch {
    throw new ModelError(`${command} printed output that is not JSON${sensitive ? '' : `: ${abbreviate(text)}`}`);
  }
}

/** Narrows to a JSON object (not null, not an array). */
export function isJsonObject(value: JsonValue | undefined): value is { [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The output as a JSON object, or a {@link ModelError} saying what came instead. */
export function expectObject(command: string, value: JsonValue): { [key: string]: JsonValue } {
  if (!isJsonObject(value)) throw unexpected(command, 'a JSON object', value);
  return value;
}

/** The output as a list of strings; `null` (Juju's "none") is an empty list. */
export function expectStringList(command: string, value: JsonValue): string[] {
  if (value === null) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw unexpected(command, 'a JSON list of strings', value);
  }
  return value as string[];
}

/** The output as a string → string map; `null` is empty. With `sensitive`, errors name keys but never values. */
export function expectStringRecord(command: string, value: JsonValue, sensitive = false): Record<string, string> {
  if (value === null) return {};
  if (!isJsonObject(value)) throw sensitive ? new ModelError(`${command} printed something other than a JSON object`) : unexpected(command, 'a JSON object', value);
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(value)) {
    if (typeof v !== 'string') {
      throw sensitive
        ? new ModelError(`${command} printed a non-string value for key "${key}"`)
        : unexpected(command, `a string for key "${key}"`, v);
    }
    out[key] = v;
  }
  return out;
}

/** A string field of an object, or undefined when absent or null. */
export function optionalString(obj: { [key: string]: JsonValue }, key: string): string | undefined {
  const v = obj[key];
  return typeof v === 'string' ? v : undefined;
}

/** The error for a reply of the wrong shape: names the command and what was expected. */
export function unexpected(command: string, expected: string, got: JsonValue | undefined): ModelError {
  return new ModelError(`${command} printed ${abbreviate(JSON.stringify(got) ?? 'nothing')} where ${expected} was expected`);
}

function abbreviate(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
