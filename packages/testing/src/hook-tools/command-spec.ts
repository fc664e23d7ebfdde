import type { FakeJuju } from '../juju/fake-juju';
import type { FlagSpec } from './parse-argv';

/** What a command prints: a value rendered per `--format`, or plain text as is. */
export type CommandOutput = { readonly value: unknown } | { readonly text: string };

/** Everything one command invocation can use. */
export interface CommandContext {
  readonly juju: FakeJuju;
  /** The hook's environment (`JUJU_RELATION_ID`, `JUJU_REMOTE_UNIT`, …). */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly flags: ReadonlyMap<string, string | true>;
  readonly args: readonly string[];
  /** The whole of stdin, read on first call. */
  readStdin(): string;
  /** A file's text (for `--file PATH` and `KEY#file=PATH`). */
  readFile(path: string): string;
}

/** One hook command: its flags, how many arguments it takes, and what it does. */
export interface CommandSpec {
  readonly name: string;
  /** The usage line after the command name, for usage errors. */
  readonly usage: string;
  readonly flags: readonly FlagSpec[];
  readonly minArgs: number;
  /** Infinity for commands taking any number of `KEY=VALUE` arguments. */
  readonly maxArgs: number;
  /** What a missing argument is called in the usage error (`no <missing> specified`). */
  readonly missing?: string | undefined;
  run(ctx: CommandContext): CommandOutput | void;
}

/** `--format`, which every command with output accepts. */
export const FORMAT: FlagSpec = { long: 'format', value: true };
/** `-r` / `--relation`. */
export const RELATION: FlagSpec = { long: 'relation', short: 'r', value: true };
/** A boolean flag. */
export const bool = (long: string, short?: string): FlagSpec => ({ long, short, value: false });
/** A flag with a value. */
export const valued = (long: string, short?: string): FlagSpec => ({ long, short, value: true });

/** A flag's string value, or undefined when absent. */
export function flagValue(ctx: CommandContext, long: string): string | undefined {
  const value = ctx.flags.get(long);
  return typeof value === 'string' ? value : undefined;
}

/** Whether a boolean flag was given. */
export function flagSet(ctx: CommandContext, long: string): boolean {
  return ctx.flags.get(long) === true;
}
