import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  FakeJuju,
  installHookTools,
  readPebbleState,
  readStateFile,
  runDispatchProcess,
  startSimPebbles,
  writePebbleState,
  writeStateFile,
  type FakeJujuDocument,
  type InMemoryPebble,
} from '@jujuts/testing';
import { CliError } from '../errors';
import { completeStateFile } from './complete-state-file';
import { formatSimReport } from './format-sim-report';
import { prepareSimState } from './prepare-sim-state';
import { resolveSimEvent } from './resolve-sim-event';
import { stepTitle, type SimStep } from './sim-step';
import { installUnitCharm, type UnitCharm } from './unit-charm-dir';

/** Where a simulation reads the charm and keeps the unit. */
export interface SimSessionOptions {
  /** A charm project built by `jujuts build`, an unpacked charm, or a `.charm` file. */
  readonly charm: string;
  /** The state file; created from the charm's defaults when missing. */
  readonly stateFile: string;
  /** The unit's name when the state file is created (default `<charm>/0`). */
  readonly unitName?: string | undefined;
  readonly cwd: string;
}

/** What one simulated hook did. */
export interface SimStepOutcome {
  readonly exitCode: number | null;
  readonly report: string;
}

/**
 * One simulated unit: the charm installed in `<state file>.unit/charm`
 * (its stored state stays there between hooks), the containers' files in
 * `<state file>.unit/containers`, and the stand-in hook commands on PATH.
 */
export class SimSession {
  private constructor(
    readonly charm: UnitCharm,
    private readonly stateFile: string,
    private readonly unitDir: string,
    private readonly binDir: string,
  ) {}

  /** Installs the charm and the hook commands, and creates the state file if needed. */
  static async open(options: SimSessionOptions): Promise<SimSession> {
    const stateFile = resolve(options.cwd, options.stateFile);
    if (!existsSync(join(stateFile, '..'))) throw new CliError(`cannot write ${options.stateFile}: its directory does not exist`);
    const unitDir = `${stateFile}.unit`;
    // The default state file sits in the charm project: the unit must not copy itself.
    const keepOut = [unitDir, stateFile];
    const charm = await installUnitCharm(resolve(options.cwd, options.charm), join(unitDir, 'charm'), options.cwd, keepOut);
    completeStateFile(stateFile, options.stateFile, charm.meta, options.unitName);
    const binDir = mkdtempSync(join(tmpdir(), 'jujuts-sim-bin-'));
    await installHookTools(binDir);
    return new SimSession(charm, stateFile, unitDir, binDir);
  }

  /** Runs one event through the charm's real dispatch and reports what it did. */
  async run(step: SimStep): Promise<SimStepOutcome> {
    const { meta } = this.charm;
    const resolved = resolveSimEvent(meta, step);
    const doc = this.readDocument();
    const savedPebble = readPebbleState(this.stateFile);
    const prepared = prepareSimState(meta, doc.state, step, resolved);
    // Juju keeps results per action: a new action starts with none (the fake's outputs would accumulate).
    const outputs =
      resolved.type === 'action' ? { ...doc.outputs, actionResults: {}, actionLogs: [], actionFailure: undefined } : doc.outputs;
    const before: FakeJujuDocument = { ...doc, outputs, state: prepared.state, pending: null };
    writeStateFile(this.stateFile, before);
    const containers = Object.keys(meta.containers);
    // As on Kubernetes, a container's Pebble answers once Juju has said so (its first workload event).
    const eventContainer = resolved.type === 'hook' && resolved.hook.kind.scope === 'container' ? resolved.hook.scopeName : undefined;
    const unreachable = containers.filter((c) => savedPebble[c] === undefined && c !== eventContainer);
    const filesDir = join(this.unitDir, 'containers');
    const pebbles = containers.length > 0 ? await startSimPebbles({ containers, filesDir, saved: savedPebble, unreachable }) : undefined;
    let result;
    try {
      result = await runDispatchProcess({
        command: [this.charm.dispatch],
        charmDir: this.charm.charmDir,
        stateFile: this.stateFile,
        binDir: this.binDir,
        event: prepared.event,
        env: pebbles?.env,
      });
    } finally {
      await pebbles?.close();
    }
    // Pebble is the workload's, not Juju's: what the charm did to it stays even when the hook fails.
    const pebble = Object.fromEntries(Object.entries(pebbles?.snapshot() ?? {}).filter(([c]) => !unreachable.includes(c)));
    let document = result.document;
    if (result.exitCode === 0 && prepared.afterSuccess !== undefined) {
      const juju = FakeJuju.fromDocument(document);
      juju.applyNow(prepared.afterSuccess);
      document = juju.toDocument();
      writeStateFile(this.stateFile, document);
    }
    writePebbleState(this.stateFile, pebble);
    const report = formatSimReport({
      title: stepTitle(step),
      path: prepared.event.path,
      params: prepared.event.params,
      before,
      result: { ...result, document },
      pebble,
      unreachable,
      pebbleChanges: pebbleChanges(pebbles?.pebbles),
    });
    return { exitCode: result.exitCode, report };
  }

  /** Removes the hook commands' temporary directory (the unit and state file stay). */
  close(): void {
    rmSync(this.binDir, { recursive: true, force: true });
  }

  private readDocument(): FakeJujuDocument {
    try {
      return readStateFile(this.stateFile);
    } catch (error) {
      throw new CliError(`${this.stateFile}: ${(error as Error).message.replace(`${this.stateFile}: `, '')}`);
    }
  }
}

// The changes the charm asked Pebble for in this hook (each hook starts from a restored Pebble with none).
function pebbleChanges(pebbles: ReadonlyMap<string, InMemoryPebble> | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, pebble] of pebbles ?? []) {
    out[name] = pebble.changes.list('all').map((c) => {
      const tasks = c.tasks.map((t) => t.summary).filter((t) => t !== c.summary);
      return `${c.summary}${tasks.length > 0 ? ` [${tasks.join(', ')}]` : ''}: ${c.status}${c.err ? ` (${c.err})` : ''}`;
    });
  }
  return out;
}
