import { readFileSync } from 'node:fs';
import { FakeJuju } from '../juju/fake-juju';
import type { HookInfo } from '../juju/hook-scope';
import { JujuError } from '../juju/juju-error';
import type { CommandContext, CommandSpec } from './command-spec';
import { HOOK_COMMANDS } from './commands';
import { formatOutput } from './format-output';
import { parseArgv } from './parse-argv';
import { readStateFile, STATE_FILE_ENV, writeStateFile } from './state-file';
import { UsageError } from './usage-error';

/** What a stand-in hook command did: its exit code and what it printed. */
export interface HookToolResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Where a command reads stdin and files from (the real process by default). */
export interface HookToolIO {
  readStdin(): string;
  readFile(path: string): string;
}

const PROCESS_IO: HookToolIO = {
  readStdin: () => readFileSync(0, 'utf8'),
  readFile: (path) => readFileSync(path, 'utf8'),
};
const FORMATS = new Set(['json', 'yaml', 'smart']);
const SECRET_CONTENT_COMMANDS = new Set(['secret-add', 'secret-set']);

/**
 * Run one stand-in hook command as Juju would: parse argv exactly (usage
 * errors exit 2), act as the unit on the state file named by
 * `JUJUTS_SIM_STATE`, print the documented output, and write the file back.
 * Failures exit 1 with `ERROR <text>`, as Juju's commands do.
 */
export function main(
  command: string,
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  io: HookToolIO = PROCESS_IO,
): HookToolResult {
  const spec = HOOK_COMMANDS.get(command);
  if (!spec) return { exitCode: 2, stdout: '', stderr: `ERROR unknown hook command "${command}"\n` };
  try {
    const { flags, args: positional } = parseArgv(args, spec.flags);
    checkArgCount(spec, positional);
    const format = flags.get('format');
    if (typeof format === 'string' && !FORMATS.has(format))
      throw new UsageError(`invalid value "${format}" for flag --format`);
    return runOnStateFile(spec, args, env, (juju) => {
      let stdin: string | undefined;
      const ctx: CommandContext = {
        juju,
        env,
        flags,
        args: positional,
        readStdin: () => (stdin ??= io.readStdin()),
        readFile: io.readFile,
      };
      const output = spec.run(ctx);
      if (!output) return '';
      return 'text' in output
        ? output.text
        : formatOutput(output.value, typeof format === 'string' ? format : 'smart');
    });
  } catch (err) {
    return failure(spec, err);
  }
}

function runOnStateFile(
  spec: CommandSpec,
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  act: (juju: FakeJuju) => string,
): HookToolResult {
  const path = env[STATE_FILE_ENV];
  if (!path) throw new Error(`${STATE_FILE_ENV} is not set: point it at the simulator's JSON state file`);
  const juju = FakeJuju.fromDocument(readStateFile(path));
  const unit = env['JUJU_UNIT_NAME'];
  if (unit && unit !== juju.unitName)
    throw new Error(`JUJU_UNIT_NAME is ${unit} but ${path} describes unit ${juju.unitName}`);
  juju.beginHook(hookInfo(env));
  juju.record(spec.name, SECRET_CONTENT_COMMANDS.has(spec.name) ? args.map(redactContent) : args);
  let stdout: string;
  try {
    stdout = act(juju);
  } catch (err) {
    // A command line Juju refuses (found only once the command looks at its arguments) does nothing, not even appear in the record.
    if (!(err instanceof UsageError)) writeStateFile(path, juju.toDocument());
    throw err;
  }
  writeStateFile(path, juju.toDocument());
  return { exitCode: 0, stdout, stderr: '' };
}

function hookInfo(env: Readonly<Record<string, string | undefined>>): HookInfo {
  const broken = (env['JUJU_HOOK_NAME'] ?? '').endsWith('-relation-broken');
  const relationId = /(\d+)$/.exec(env['JUJU_RELATION_ID'] ?? '')?.[1];
  return {
    departingUnit: env['JUJU_DEPARTING_UNIT'] || undefined,
    brokenRelationId: broken && relationId !== undefined ? Number(relationId) : undefined,
  };
}

function checkArgCount(spec: CommandSpec, positional: readonly string[]): void {
  if (positional.length < spec.minArgs) throw new UsageError(`no ${spec.missing ?? 'argument'} specified`);
  if (positional.length > spec.maxArgs) {
    throw new UsageError(
      `unrecognized args: [${positional
        .slice(spec.maxArgs)
        .map((a) => JSON.stringify(a))
        .join(' ')}]`,
    );
  }
}

function failure(spec: CommandSpec, err: unknown): HookToolResult {
  if (err instanceof UsageError) {
    return { exitCode: 2, stdout: '', stderr: `ERROR ${err.message}\nUsage: ${spec.name} ${spec.usage}\n` };
  }
  if (err instanceof JujuError) return { exitCode: err.exitCode, stdout: '', stderr: `${err.stderr}\n` };
  return { exitCode: 1, stdout: '', stderr: `ERROR ${err instanceof Error ? err.message : String(err)}\n` };
}

// Secret values may sit on argv as key=value; the command log must never keep them.
function redactContent(arg: string): string {
  const eq = arg.indexOf('=');
  return eq > 0 && !arg.startsWith('-') && !arg.slice(0, eq).endsWith('#file')
    ? `${arg.slice(0, eq)}=<redacted>`
    : arg;
}
