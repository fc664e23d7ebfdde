import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildJujuEnv } from '../packages/ops/src/context';
import { hookContext } from '../packages/testing/src/engine/hook-context';
import { readStateFile, STATE_FILE_ENV } from '../packages/testing/src/hook-tools';
import { hookToolsDir, type SimUnit } from './sim-unit';

/** How a dispatch started by {@link startDispatch} ended. */
export interface DispatchExit {
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  /** From spawn to exit, in ms (for calibrating kill delays, never asserted). */
  readonly elapsedMs: number;
}

/** A running `./dispatch` that the test may kill at any moment. */
export interface RunningDispatch {
  /** Sends SIGKILL now; a no-op if the process already exited. */
  kill(): void;
  readonly exited: Promise<DispatchExit>;
  /** Resolves (with ms since spawn) when stdout first contains `text`; never, if it does not. */
  printed(text: string): Promise<number>;
}

/**
 * Starts the unit's real `dispatch` for one hook as Juju would, without
 * waiting for it and without committing the simulator's pending changes
 * afterwards: for tests that kill the hook mid-flight and look at what it
 * left on disk. The `dispatch` script `exec`s Node, so the kill reaches Node itself.
 */
export async function startDispatch(
  unit: SimUnit,
  path: string,
  env: Readonly<Record<string, string>> = {},
): Promise<RunningDispatch> {
  const state = readStateFile(unit.stateFile).state;
  const context = { ...hookContext(state, { path }), charmDir: unit.charmDir };
  const child = spawn(join(unit.charmDir, 'dispatch'), [], {
    cwd: unit.charmDir,
    stdio: ['ignore', 'pipe', 'ignore'],
    env: {
      PATH: `${await hookToolsDir()}:${process.env['PATH'] ?? '/usr/bin:/bin'}`,
      HOME: process.env['HOME'],
      [STATE_FILE_ENV]: unit.stateFile,
      ...buildJujuEnv(context),
      ...env,
    },
  });
  const started = performance.now();
  let stdout = '';
  const waiting: { text: string; resolve: (ms: number) => void }[] = [];
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    stdout += chunk;
    for (const w of waiting.splice(0)) {
      if (stdout.includes(w.text)) w.resolve(performance.now() - started);
      else waiting.push(w);
    }
  });
  let done = false;
  const exited = new Promise<DispatchExit>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (exitCode, signal) => {
      done = true;
      resolve({ exitCode, signal, elapsedMs: performance.now() - started });
    });
  });
  return {
    kill: () => {
      if (!done) child.kill('SIGKILL');
    },
    exited,
    printed: (text) =>
      new Promise((resolve) => {
        if (stdout.includes(text)) resolve(performance.now() - started);
        else waiting.push({ text, resolve });
      }),
  };
}
