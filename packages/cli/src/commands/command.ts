import type { CliIo } from '../io';

/** One option a command accepts; mirrors node:util parseArgs plus help text. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly multiple?: boolean;
  /** Placeholder shown in help for string options, e.g. `PATH`. */
  readonly valueName?: string;
  /** One line for `--help`. */
  readonly description: string;
}

/** Parsed option values by option name. */
export type OptionValues = Readonly<Record<string, string | boolean | readonly string[] | undefined>>;

/** What a command receives after argument parsing. */
export interface CommandInput {
  readonly options: OptionValues;
  readonly positionals: readonly string[];
}

/**
 * A `jujuts` sub-command: one row of the command table. Adding a command
 * (`schema`, `sim`, …) is adding a row; parsing, `--help` and error printing
 * come from the table.
 */
export interface CommandSpec {
  readonly name: string;
  /** One line for the top-level help. */
  readonly summary: string;
  /** The synopsis after `jujuts`, e.g. `init <name> [--k8s|--machine]`. */
  readonly usage: string;
  /** A paragraph or two shown by `jujuts <name> --help`. */
  readonly description?: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Names of the positional arguments, in order (help and arity checks). */
  readonly positionals?: readonly { readonly name: string; readonly required: boolean }[];
  /** Runs the command; resolves to the exit code (0 if void). Throws CliError for user-facing failures. */
  run(input: CommandInput, io: CliIo): Promise<number | void>;
}
