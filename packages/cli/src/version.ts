import { readFileSync } from 'node:fs';
import { join } from 'node:path';

let cached: string | undefined;

/** This CLI's version, from its package.json (src/ and dist/ both sit one level below it). */
export function cliVersion(): string {
  if (cached === undefined) {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version?: unknown };
    cached = typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  }
  return cached;
}
