import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeJuju, createJujuState, type JujuStateInput } from '../../src/juju';
import { endHook, installHookTools, readStateFile, writeStateFile } from '../../src/hook-tools';
import type { FakeJujuDocument } from '../../src/juju';

/** What a real child process of a stand-in command did. */
export interface ToolRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** A temp directory with the hook-tool shims and one state file, for real child-process runs. */
export interface HookToolSandbox {
  readonly dir: string;
  readonly stateFile: string;
  /** Run `command args…` from PATH as unit `app/0` (or `env.JUJU_UNIT_NAME`). */
  run(command: string, args?: string[], options?: { stdin?: string; env?: Record<string, string> }): ToolRun;
  /** Replace the state file with a fresh fake built from `input`. */
  reset(input?: JujuStateInput): void;
  /** The state file's current document. */
  doc(): FakeJujuDocument;
  /** Commit or discard the pending changes, as the runner does after a dispatch. */
  endHook(success: boolean): void;
  remove(): void;
}

/** Build the bundle, install the shims into a fresh temp dir, and start from `input`. */
export async function createSandbox(input: JujuStateInput = {}): Promise<HookToolSandbox> {
  const dir = mkdtempSync(join(tmpdir(), 'jujuts-hook-tools-test-'));
  const bin = join(dir, 'bin');
  const stateFile = join(dir, 'state.json');
  await installHookTools(bin);
  const sandbox: HookToolSandbox = {
    dir,
    stateFile,
    run(command, args = [], options = {}) {
      const env = {
        PATH: `${bin}:${process.env['PATH'] ?? ''}`,
        JUJUTS_SIM_STATE: stateFile,
        JUJU_UNIT_NAME: 'app/0',
        ...options.env,
      };
      try {
        const stdout = execFileSync(command, args, {
          env,
          input: options.stdin ?? '',
          encoding: 'utf8',
          stdio: 'pipe',
        });
        return { status: 0, stdout, stderr: '' };
      } catch (err) {
        const failed = err as { status: number; stdout: string; stderr: string };
        return { status: failed.status, stdout: failed.stdout, stderr: failed.stderr };
      }
    },
    reset(next = {}) {
      writeStateFile(stateFile, new FakeJuju(createJujuState({ unitName: 'app/0', ...next })).toDocument());
    },
    doc: () => readStateFile(stateFile),
    endHook: (success) => endHook(stateFile, success),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
  sandbox.reset(input);
  return sandbox;
}
