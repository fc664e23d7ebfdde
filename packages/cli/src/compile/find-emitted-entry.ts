import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { CliError } from '../errors';

function withoutExtension(path: string): string {
  return path.replace(/\.(c|m)?(t|j)sx?$/, '').split('\\').join('/').replace(/^\.\//, '');
}

function isSegmentSuffix(long: string, short: string): boolean {
  return long === short || long.endsWith(`/${short}`);
}

/**
 * Map the charm's entry (a source like `src/charm.ts`, or package.json
 * `main` like `dist/charm.js`) to the JS tsc emitted for it. tsc drops the
 * common root of its inputs, so `src/charm.ts` may land at `tsc/charm.js` or
 * `tsc/src/charm.js`: match on whole trailing path segments.
 */
export function findEmittedEntry(entry: string, emitted: readonly string[], charmDir: string, tscOutDir: string): string {
  const absolute = resolve(charmDir, entry);
  if (absolute.endsWith('.js') && absolute.startsWith(tscOutDir) && existsSync(absolute)) return absolute;
  const wanted = withoutExtension(relative(charmDir, absolute));
  // Prefer the exact path, then tsc's dropped-root form (longest first), then deeper paths (shortest first).
  const rank = (key: string): number =>
    key === wanted ? 0 : isSegmentSuffix(wanted, key) ? 1 + 1 / (key.length + 1) : 2 + key.length / 1e6;
  const candidates = emitted
    .map((file) => ({ file, key: withoutExtension(relative(tscOutDir, file)) }))
    .filter(({ key }) => isSegmentSuffix(wanted, key) || isSegmentSuffix(key, wanted))
    .sort((a, b) => rank(a.key) - rank(b.key));
  const best = candidates[0];
  if (best === undefined) {
    throw new CliError(`tsc emitted no JavaScript for the entry '${entry}': check that tsconfig 'include' covers it, or pass --entry src/<file>.ts`);
  }
  return best.file;
}
