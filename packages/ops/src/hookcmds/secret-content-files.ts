import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SecretContentError } from '../errors';

const CONTENT_KEY = /^[a-z](?:-?[a-z0-9]){2,}$/;
const MAX_CONTENT_BYTES = 1024 * 1024;

/** Arguments carrying secret content by file reference, and how errors may show them. */
export interface SecretContentArgs {
  /** `KEY#file=PATH` arguments for argv. */
  readonly args: readonly string[];
  /** The same with the temp path hidden, for errors and traces. */
  readonly displayArgs: readonly string[];
}

/** Throws {@link SecretContentError} naming the key and Juju's rule (never the value) when secret content is not acceptable. */
export function assertSecretContent(command: string, content: Readonly<Record<string, string>>): void {
  const keys = Object.keys(content);
  if (keys.length === 0) throw new SecretContentError(`${command}: secret content must have at least one key`, []);
  let total = 0;
  for (const key of keys) {
    if (!CONTENT_KEY.test(key)) {
      throw new SecretContentError(
        `${command}: secret content key "${key}" is invalid: keys are at least 3 lowercase letters, digits or single dashes, starting with a letter (${CONTENT_KEY.source})`,
        [key],
      );
    }
    const value = content[key];
    // The value itself is never quoted: it is secret.
    if (typeof value !== 'string') throw new SecretContentError(`${command}: the value of secret key "${key}" must be a string`, [key]);
    total += Buffer.byteLength(value);
  }
  if (total > MAX_CONTENT_BYTES) throw new SecretContentError(`${command}: secret content is ${total} bytes; Juju accepts at most 1 MiB in all`, keys);
}

/**
 * Writes each value to a 0600 file in a fresh 0700 temp dir, calls `use` with
 * `KEY#file=PATH` arguments, and removes the files afterwards even if `use`
 * throws. Secret values thus never appear on argv, where any local user could
 * read them from /proc.
 */
export function withSecretContentFiles<T>(content: Readonly<Record<string, string>>, use: (files: SecretContentArgs) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'jujuts-secret-'));
  try {
    const args: string[] = [];
    const displayArgs: string[] = [];
    for (const [key, value] of Object.entries(content)) {
      const path = join(dir, key);
      writeFileSync(path, value, { mode: 0o600, flag: 'wx' });
      args.push(`${key}#file=${path}`);
      displayArgs.push(`${key}#file=<redacted>`);
    }
    return use({ args, displayArgs });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
