import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CliError } from '../errors';
import { type CliIo, displayPath, say } from '../io';
import { loadCharmClass, opsSchemaApi, parseCharmcraftDocument, resolveCharmEntry, rewriteSchemaSections } from '../schema';
import type { CommandSpec } from './command';
import { flagOption, stringOption } from './option-values';

/** Options of `jujuts schema`. */
export interface SchemaOptions {
  readonly charmDir?: string | undefined;
  /** A built JS entry (loaded as is) or the TypeScript entry source (compiled first). */
  readonly entry?: string | undefined;
  readonly tsconfig?: string | undefined;
  /** The charm class to use when the entry exports several. */
  readonly className?: string | undefined;
  /** Only compare; fail listing every drift instead of rewriting. */
  readonly check?: boolean | undefined;
}

/** What `jujuts schema` found and did. */
export interface SchemaResult {
  readonly charmClass: string;
  /** Every difference between charmcraft.yaml and the classes before the command ran. */
  readonly drift: readonly string[];
  readonly written: boolean;
}

function rethrowAsCliError<T>(what: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof CliError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new CliError(`${what}: ${message.split('\n')[0] ?? ''}`, { details: message.split('\n').slice(1), cause: error });
  }
}

/**
 * Writes (or with `check`, compares) the `config.options` and `actions`
 * sections of charmcraft.yaml from the charm's classes, the single source of truth.
 */
export async function schemaCharm(options: SchemaOptions, io: CliIo): Promise<SchemaResult> {
  const charmDir = resolve(io.cwd, options.charmDir ?? '.');
  const file = join(charmDir, 'charmcraft.yaml');
  const shown = displayPath(io.cwd, file);
  if (!existsSync(file)) throw new CliError(`no charmcraft.yaml in ${displayPath(io.cwd, charmDir)}: run in the charm directory or pass --charm-dir DIR`);
  const text = readFileSync(file, 'utf8');
  // Before the slow compile: a broken file should fail in milliseconds.
  parseCharmcraftDocument(text, shown);
  const entry = await resolveCharmEntry({ charmDir, entry: options.entry, tsconfig: options.tsconfig }, io);
  const api = opsSchemaApi(charmDir);
  const { charmClass, name } = loadCharmClass(entry, api, { className: options.className, shown: displayPath(io.cwd, entry) });
  const drift = rethrowAsCliError(`cannot compare ${shown} with ${name}`, () => api.checkCharmSchema(charmClass, text));
  if (options.check === true) {
    if (drift.length > 0) {
      const count = `${drift.length} difference${drift.length === 1 ? '' : 's'}`;
      throw new CliError(`${shown} is out of sync with ${name} (${count} above): run 'jujuts schema' to rewrite it from the classes`, { details: drift });
    }
    say(io, `${shown} is in sync with ${name}`);
    return { charmClass: name, drift, written: false };
  }
  if (drift.length === 0) {
    say(io, `${shown} is already in sync with ${name}`);
    return { charmClass: name, drift, written: false };
  }
  const updated = rewriteSchemaSections(text, api.renderCharmSchema(charmClass), shown);
  const left = api.checkCharmSchema(charmClass, updated);
  if (left.length > 0) {
    throw new CliError(`could not bring ${shown} in sync with ${name}, so it was left unchanged (a jujuts bug: please report it with the lines above)`, { details: left });
  }
  writeFileSync(file, updated);
  for (const line of drift) say(io, `  fixed ${line}`);
  say(io, `updated ${shown} from ${name} (${drift.length} change${drift.length === 1 ? '' : 's'})`);
  return { charmClass: name, drift, written: true };
}

/** The `schema` row of the command table. */
export const schemaCommand: CommandSpec = {
  name: 'schema',
  summary: "Write charmcraft.yaml's config options and actions from the charm's classes (or --check them)",
  usage: 'schema [--check] [--charm-dir DIR] [--entry FILE] [--tsconfig FILE] [--class NAME]',
  description:
    "Loads the charm class (compiling it with tsc unless --entry is built JavaScript) and rewrites the\n" +
    'config.options and actions sections of charmcraft.yaml from the @charm({ config }) class and the\n' +
    '@action params classes, keeping the rest of the file and its comments. With --check it changes\n' +
    'nothing and exits 1 listing every difference (for CI).',
  options: {
    check: { type: 'boolean', description: 'Compare only; exit 1 listing every difference' },
    'charm-dir': { type: 'string', valueName: 'DIR', description: 'The charm directory (default: current directory)' },
    entry: { type: 'string', valueName: 'FILE', description: 'Built JS to load as is, or the entry source to compile (default: package.json main, else src/charm.ts)' },
    tsconfig: { type: 'string', valueName: 'FILE', description: 'The tsconfig to compile with (default: tsconfig.build.json, else tsconfig.json)' },
    class: { type: 'string', valueName: 'NAME', description: 'The charm class, when the entry exports several' },
  },
  async run({ options }, io) {
    await schemaCharm(
      {
        charmDir: stringOption(options, 'charm-dir'),
        entry: stringOption(options, 'entry'),
        tsconfig: stringOption(options, 'tsconfig'),
        className: stringOption(options, 'class'),
        check: flagOption(options, 'check'),
      },
      io,
    );
  },
};
