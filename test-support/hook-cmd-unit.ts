import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HookCmdBackend } from '../packages/ops/src/backend';
import { createHookCommandRunner } from '../packages/ops/src/hookcmds';
import {
  endHook,
  FakeJuju,
  readStateFile,
  STATE_FILE_ENV,
  writeStateFile,
  type FakeJujuDocument,
  type HookInfo,
  type JujuState,
} from '../packages/testing/src';
import { hookToolsDir } from './sim-unit';

/** What one stand-in hook command did when run directly. */
export interface ToolRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * One unit whose hook commands are the real stand-in executables over a
 * state file: the production {@link HookCmdBackend} runs them as child
 * processes exactly as under Juju. Each {@link HookCmdUnit.beginHook} is a
 * new hook (fresh caches); {@link HookCmdUnit.endHook} commits or discards
 * the hook's changes in the state file, as Juju does by exit code.
 */
export class HookCmdUnit {
  readonly stateFile: string;
  private hookEnv: Record<string, string> = {};

  private constructor(
    private readonly binDir: string,
    private readonly unitName: string,
    state: JujuState,
  ) {
    this.stateFile = join(mkdtempSync(join(tmpdir(), 'jujuts-contract-')), 'state.json');
    writeStateFile(this.stateFile, new FakeJuju(state).toDocument());
  }

  /** A unit over a copy of `state`, with the shared stand-in commands installed. */
  static async create(state: JujuState): Promise<HookCmdUnit> {
    return new HookCmdUnit(await hookToolsDir(), state.unitName, state);
  }

  /** The environment a hook command of this unit sees. */
  get env(): NodeJS.ProcessEnv {
    return {
      PATH: `${this.binDir}:${process.env['PATH'] ?? '/usr/bin:/bin'}`,
      HOME: process.env['HOME'],
      [STATE_FILE_ENV]: this.stateFile,
      JUJU_UNIT_NAME: this.unitName,
      ...this.hookEnv,
    };
  }

  /** Starts a hook and returns the production backend for it. */
  beginHook(info: HookInfo = {}): HookCmdBackend {
    this.hookEnv = info.departingUnit === undefined ? {} : { JUJU_DEPARTING_UNIT: info.departingUnit };
    return new HookCmdBackend({
      runner: createHookCommandRunner({ env: this.env }),
      unitName: this.unitName,
    });
  }

  /** Ends the hook: Juju keeps its transactional changes only if it succeeded. */
  endHook(success: boolean): void {
    endHook(this.stateFile, success);
    this.hookEnv = {};
  }

  /** The state file as it is now. */
  document(): FakeJujuDocument {
    return readStateFile(this.stateFile);
  }

  /** Runs one stand-in command directly (no backend), capturing its exit status and output. */
  run(command: string, args: readonly string[], stdin = ''): ToolRun {
    try {
      const stdout = execFileSync(command, [...args], {
        env: this.env,
        input: stdin,
        encoding: 'utf8',
        stdio: 'pipe',
      });
      return { status: 0, stdout, stderr: '' };
    } catch (err) {
      const failed = err as { status: number | null; stdout: string; stderr: string };
      return { status: failed.status ?? -1, stdout: failed.stdout, stderr: failed.stderr };
    }
  }
}
