import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The tsconfig a charm compiles with when none is given. As in NestJS
 * projects: tsconfig.json serves editors and type-checks tests,
 * tsconfig.build.json (when there is one) compiles only what ships.
 * `jujuts build` and `jujuts schema` share it, so both compile the same program.
 */
export function defaultTsconfig(charmDir: string): string {
  return existsSync(resolve(charmDir, 'tsconfig.build.json')) ? 'tsconfig.build.json' : 'tsconfig.json';
}

/** The charm's entry source when none is given: package.json `main`, else `src/charm.ts`. */
export function defaultEntrySource(charmDir: string): string {
  const file = resolve(charmDir, 'package.json');
  if (!existsSync(file)) return 'src/charm.ts';
  const pkg = JSON.parse(readFileSync(file, 'utf8')) as { main?: unknown };
  return typeof pkg.main === 'string' ? pkg.main : 'src/charm.ts';
}
