import { CliError, UsageError } from './errors';
import type { CliIo } from './io';
import type { CommandSpec } from './commands/command';
import { defaultCommands } from './commands/command-table';
import { formatCommandHelp, formatTopHelp } from './commands/format-help';
import { parseCommandArgs } from './commands/parse-command-args';
import { cliVersion } from './version';

const HELP_FLAGS = new Set(['-h', '--help']);

/**
 * Run `jujuts` with `argv` (the arguments after the program name) and resolve
 * to the exit code: 0 on success, 1 when a command fails, 2 on a usage error.
 * Never throws for user errors: it prints `jujuts <cmd>: <message>` to stderr.
 *
 * @param commands the command table; pass `[...defaultCommands, mine]` to add commands.
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  commands: readonly CommandSpec[] = defaultCommands,
): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr.write(formatTopHelp(commands, cliVersion()));
    return 2;
  }
  if (HELP_FLAGS.has(first) || first === 'help') {
    const topic = first === 'help' ? rest[0] : undefined;
    const spec = topic === undefined ? undefined : commands.find((c) => c.name === topic);
    if (topic !== undefined && spec === undefined) return fail(io, 'jujuts', unknownCommand(topic, commands));
    io.stdout.write(spec === undefined ? formatTopHelp(commands, cliVersion()) : formatCommandHelp(spec));
    return 0;
  }
  if (first === '--version' || first === '-V') {
    io.stdout.write(`${cliVersion()}\n`);
    return 0;
  }
  const spec = commands.find((c) => c.name === first);
  if (spec === undefined) return fail(io, 'jujuts', unknownCommand(first, commands));
  // `--` ends options: a literal `--help` after it is an argument, not a request for help.
  const beforeDashes = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  if (beforeDashes.some((arg) => HELP_FLAGS.has(arg))) {
    io.stdout.write(formatCommandHelp(spec));
    return 0;
  }
  try {
    const input = parseCommandArgs(spec, rest);
    return (await spec.run(input, io)) ?? 0;
  } catch (error) {
    return fail(io, `jujuts ${spec.name}`, error);
  }
}

function unknownCommand(name: string, commands: readonly CommandSpec[]): UsageError {
  const known = commands.map((c) => c.name).join(', ');
  return new UsageError(`unknown command '${name}' (commands: ${known}; see 'jujuts --help')`);
}

function fail(io: CliIo, prefix: string, error: unknown): number {
  if (error instanceof CliError) {
    for (const line of error.details) io.stderr.write(`${line}\n`);
    io.stderr.write(`${prefix}: ${error.message}\n`);
    return error.exitCode;
  }
  // A bug rather than a user error: keep the stack so it can be reported.
  // Duck-typed, not instanceof: errors thrown by Node built-ins under jest come from another realm.
  const text = typeof error === 'object' && error !== null && 'stack' in error ? String(error.stack) : String(error);
  io.stderr.write(`${prefix}: internal error: ${text}\n`);
  return 1;
}
