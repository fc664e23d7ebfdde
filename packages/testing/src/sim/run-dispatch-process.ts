import { spawn } from 'node:child_process';
import { buildJujuEnv } from '@jujuts/ops/internal';
import { FakeJuju, type FakeJujuDocument } from '../juju';
import { hookContext } from '../engine/hook-context';
import type { HookEventSpec } from '../engine/hook-event-spec';
import { endHook, readStateFile, STATE_FILE_ENV, writeStateFile } from '../hook-tools';
import { latestSecretRevision } from '../juju';
import type { CommandRecord, LogRecord } from '../juju';

/** How to run one hook as a real process, the way Juju does. */
export interface DispatchProcessInput {
  /** The program and arguments that start the charm: `['./dispatch']` or `[node, 'charm.js']`. */
  readonly command: readonly [string, ...string[]];
  /** `JUJU_CHARM_DIR` (and the working directory). */
  readonly charmDir: string;
  /** The simulator state file (`{ state, pending, outputs }`). */
  readonly stateFile: string;
  /** A directory holding the stand-in hook commands (see `installHookTools`). */
  readonly binDir: string;
  readonly event: HookEventSpec;
  /** Extra environment (for example `JUJU_DEBUG`). */
  readonly env?: Readonly<Record<string, string>> | undefined;
  readonly jujuVersion?: string | undefined;
}

/** What one hook process did. */
export interface DispatchProcessResult {
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** The hook commands the charm ran, in order. */
  readonly commands: readonly CommandRecord[];
  /** The juju-log lines of this hook. */
  readonly logs: readonly LogRecord[];
  /** Wall time of the charm process, from spawn to exit, in milliseconds. */
  readonly durationMs: number;
  /** The state file after Juju committed (exit 0) or discarded (otherwise) the hook's changes. */
  readonly document: FakeJujuDocument;
}

/**
 * Runs a charm's real entry point as a child process with Juju's
 * environment and the stand-in hook commands first on PATH, then commits
 * or discards the hook's changes in the state file by its exit code.
 */
export async function runDispatchProcess(input: DispatchProcessInput): Promise<DispatchProcessResult> {
  const before = readStateFile(input.stateFile);
  if (input.event.params) {
    const juju = FakeJuju.fromDocument(before);
    const params = structuredClone(input.event.params) as NonNullable<FakeJujuDocument['state']['actionParams']>;
    juju.applyNow((s) => {
      s.actionParams = params;
    });
    writeStateFile(input.stateFile, juju.toDocument());
  }
  const context = { ...hookContext(before.state, input.event, input.jujuVersion), charmDir: input.charmDir };
  const env: NodeJS.ProcessEnv = {
    PATH: `${input.binDir}:${process.env['PATH'] ?? '/usr/bin:/bin'}`,
    HOME: process.env['HOME'],
    [STATE_FILE_ENV]: input.stateFile,
    ...buildJujuEnv(context),
    ...input.env,
  };
  const [program, ...args] = input.command;
  const started = process.hrtime.bigint();
  const run = await spawnCollect(program, args, { env, cwd: input.charmDir });
  const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
  endHook(input.stateFile, run.exitCode === 0);
  if (run.exitCode === 0 && input.event.path === 'hooks/secret-rotate' && input.event.secretId !== undefined) {
    rotated(input.stateFile, input.event.secretId, latestSecretRevision(before.state.secrets, input.event.secretId));
  }
  const document = readStateFile(input.stateFile);
  return {
    ...run,
    commands: document.outputs.commands.slice(before.outputs.commands.length),
    logs: document.outputs.logs.slice(before.outputs.logs.length),
    durationMs,
    document,
  };
}

function spawnCollect(
  program: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; cwd: string },
): Promise<{ exitCode: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (exitCode, signal) =>
      resolve({ exitCode, signal, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() }),
    );
  });
}

/** What Juju does after a successful secret-rotate hook: moves the secret's rotation time on. */
function rotated(stateFile: string, id: string, revisionBefore: number): void {
  const juju = FakeJuju.fromDocument(readStateFile(stateFile));
  juju.secrets.rotated(id, revisionBefore);
  writeStateFile(stateFile, juju.toDocument());
}

