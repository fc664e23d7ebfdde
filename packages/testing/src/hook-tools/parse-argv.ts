import { UsageError } from './usage-error';

/** One flag a hook command accepts: `--long`, optionally `-s`, with or without a value. */
export interface FlagSpec {
  readonly long: string;
  readonly short?: string | undefined;
  /** Whether the flag takes a value (`--format=json`, `--format json`, `-r db:3`). */
  readonly value: boolean;
}

/** A parsed command line: flag values by long name (booleans as `true`) and the positional arguments. */
export interface ParsedArgv {
  readonly flags: ReadonlyMap<string, string | true>;
  readonly args: readonly string[];
}

/**
 * Parse argv the way Juju's GNU-style flag parser does: flags may come
 * anywhere, `--name=value` equals `--name value`, `-r v` and `-rv` equal
 * `--relation v`, a lone `-` is an argument, and `--` ends the flags.
 */
export function parseArgv(argv: readonly string[], specs: readonly FlagSpec[]): ParsedArgv {
  const flags = new Map<string, string | true>();
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      args.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      const spec = specs.find((s) => s.long === name);
      if (!spec) throw new UsageError(`flag provided but not defined: --${name}`);
      if (!spec.value) {
        if (eq < 0 || boolValue(arg.slice(eq + 1), `--${name}`)) flags.set(spec.long, true);
        else flags.delete(spec.long);
      } else if (eq >= 0) flags.set(spec.long, arg.slice(eq + 1));
      else flags.set(spec.long, takeValue(argv, ++i, `--${name}`));
      continue;
    }
    if (arg.startsWith('-') && arg.length > 1) {
      i = parseShortFlags(argv, i, specs, flags);
      continue;
    }
    args.push(arg);
  }
  return { flags, args };
}

function parseShortFlags(
  argv: readonly string[],
  i: number,
  specs: readonly FlagSpec[],
  flags: Map<string, string | true>,
): number {
  const cluster = (argv[i] ?? '').slice(1);
  for (let c = 0; c < cluster.length; c++) {
    const letter = cluster[c] ?? '';
    const spec = specs.find((s) => s.short === letter);
    if (!spec) throw new UsageError(`flag provided but not defined: -${letter}`);
    if (!spec.value) {
      flags.set(spec.long, true);
      continue;
    }
    const rest = cluster.slice(c + 1).replace(/^=/, '');
    if (rest !== '') {
      flags.set(spec.long, rest);
      return i;
    }
    flags.set(spec.long, takeValue(argv, i + 1, `-${letter}`));
    return i + 1;
  }
  return i;
}

function takeValue(argv: readonly string[], i: number, flag: string): string {
  const value = argv[i];
  if (value === undefined) throw new UsageError(`flag needs an argument: ${flag}`);
  return value;
}

function boolValue(text: string, flag: string): boolean {
  if (text === 'true' || text === '1') return true;
  if (text === 'false' || text === '0') return false;
  throw new UsageError(`invalid boolean value "${text}" for ${flag}`);
}
