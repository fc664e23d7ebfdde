import { basename } from 'node:path';
import { CliError } from '../errors';
import type { OpsSchemaApi } from './ops-schema-api';

/** The environment variable a charm's entry sees while `jujuts schema` loads it: `main()` then does nothing. */
export const SCHEMA_ENV = 'JUJUTS_SCHEMA';

/** A charm class found in a loaded entry module. */
export interface LoadedCharmClass {
  readonly charmClass: unknown;
  readonly name: string;
}

// Loading runs the entry's top level, including `main(MyCharm)`: without a
// dispatch path and with JUJUTS_SCHEMA set it returns without touching Juju.
function requireEntry(entry: string, shown: string): unknown {
  const saved = { schema: process.env[SCHEMA_ENV], dispatch: process.env['JUJU_DISPATCH_PATH'] };
  process.env[SCHEMA_ENV] = '1';
  delete process.env['JUJU_DISPATCH_PATH'];
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(entry) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw new CliError(`loading ${shown} failed: ${reason.split('\n').join('; ')}`, { cause: error });
  } finally {
    if (saved.schema === undefined) delete process.env[SCHEMA_ENV];
    else process.env[SCHEMA_ENV] = saved.schema;
    if (saved.dispatch !== undefined) process.env['JUJU_DISPATCH_PATH'] = saved.dispatch;
  }
}

const nameOf = (value: unknown): string => (typeof value === 'function' ? value.name : String(value));

/** How {@link loadCharmClass} picks and names things. */
export interface LoadCharmClassOptions {
  /** The class to take when the entry exports several charm classes. */
  readonly className?: string | undefined;
  /** The entry as messages show it (default: its file name). */
  readonly shown?: string | undefined;
}

/**
 * Requires the compiled entry and returns its exported charm class: a class
 * with `@charm` options or handlers. A base class exported beside its
 * subclass gives way to the subclass; `className` picks one of several.
 */
export function loadCharmClass(entry: string, api: OpsSchemaApi, options: LoadCharmClassOptions = {}): LoadedCharmClass {
  const { className } = options;
  const shown = options.shown ?? basename(entry);
  const exported = requireEntry(entry, shown);
  // `export class` puts the class on the exports object; `module.exports = Charm` makes it the module.
  const values = typeof exported === 'function' ? [exported, ...Object.values(exported)] : Object.values(exported ?? {});
  const candidates = [...new Set(values.filter((v) => api.isCharmClass(v)))] as ((...args: never[]) => unknown)[];
  if (className !== undefined) {
    const chosen = candidates.find((c) => c.name === className);
    if (!chosen) {
      throw new CliError(`${shown} exports no charm class named ${className} (charm classes: ${candidates.map(nameOf).join(', ') || 'none'})`);
    }
    return { charmClass: chosen, name: chosen.name };
  }
  const leaves = candidates.filter((c) => !candidates.some((d) => d !== c && d.prototype instanceof c));
  const [only, ...others] = leaves;
  if (!only) {
    throw new CliError(`${shown} exports no charm class: add \`export\` to the class decorated with @charm({...}) (or with handlers)`);
  }
  if (others.length > 0) {
    throw new CliError(`${shown} exports several charm classes (${leaves.map(nameOf).join(', ')}): pass --class NAME`);
  }
  return { charmClass: only, name: only.name };
}
