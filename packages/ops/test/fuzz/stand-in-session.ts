import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hookToolsDir } from '../../../../test-support/sim-unit';
import {
  createJujuState,
  endHook,
  FakeJuju,
  readStateFile,
  STATE_FILE_ENV,
  writeStateFile,
  type FakeJujuDocument,
  type JujuStateInput,
} from '@jujuts/testing';
import { HookCmdBackend } from '../../src/backend/hook-cmd-backend';
import { createHookCommandRunner, type HookCommandCall, type HookCommandRunner } from '../../src/hookcmds';
import type { CharmMeta } from '../../src/meta/charm-meta';

/** One hook's backend and the argv of every command it ran, captured before execve. */
export interface StandInHook {
  readonly backend: HookCmdBackend;
  readonly calls: HookCommandCall[];
}

/**
 * The production {@link HookCmdBackend} running the real stand-in hook
 * commands as child processes over a simulator state file, hook after
 * hook, with Juju's commit (or discard) between them.
 */
export class StandInSession {
  readonly stateFile: string;
  readonly calls: HookCommandCall[] = [];

  private constructor(
    private readonly binDir: string,
    private readonly unitName: string,
    state: JujuStateInput,
    meta: CharmMeta,
  ) {
    this.stateFile = join(mkdtempSync(join(tmpdir(), 'jujuts-fuzz-')), 'state.json');
    writeStateFile(this.stateFile, new FakeJuju(createJujuState(state, meta)).toDocument());
  }

  /** A session for the unit `state.unitName`, with the stand-ins installed. */
  static async start(state: JujuStateInput & { unitName: string }, meta: CharmMeta): Promise<StandInSession> {
    return new StandInSession(await hookToolsDir(), state.unitName, state, meta);
  }

  /** Runs one stand-in command directly, bypassing the backend (to send what other clients send); recorded like the rest. */
  run(call: HookCommandCall): string {
    this.calls.push(call);
    return this.runner()(call);
  }

  /** A fresh backend, as a new hook process would have (no cache from earlier hooks). */
  hook(): StandInHook {
    const run = this.runner();
    const calls: HookCommandCall[] = [];
    const backend = new HookCmdBackend({
      unitName: this.unitName,
      runner: (call) => {
        calls.push(call);
        this.calls.push(call);
        return run(call);
      },
    });
    return { backend, calls };
  }

  private runner(): HookCommandRunner {
    return createHookCommandRunner({
      env: {
        PATH: `${this.binDir}:${process.env['PATH'] ?? '/usr/bin:/bin'}`,
        HOME: process.env['HOME'],
        [STATE_FILE_ENV]: this.stateFile,
        JUJU_UNIT_NAME: this.unitName,
      },
    });
  }

  /** Ends the hook as Juju does: applies its transactional writes if it succeeded, drops them if not. */
  endHook(success: boolean): void {
    endHook(this.stateFile, success);
  }

  /** The simulator's state file: committed state and outputs (logs, recorded argv). */
  document(): FakeJujuDocument {
    return readStateFile(this.stateFile);
  }
}
