import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CharmBase, CharmClass, JsonValue } from '@jujuts/ops/internal';
import { buildTestCharm } from '../../../../test-support/build-test-charm';
import { SimUnit } from '../../../../test-support/sim-unit';
import { Context, updateState, type ContextEvent, type State, type StateData } from '../../src/context';
import { toHookEventSpec } from '../../src/context/event-spec';
import { toJujuState } from '../../src/context/state-conversion';
import { FakeJuju, type JujuState } from '../../src/juju';
import { readStateFile, writeStateFile } from '../../src/hook-tools';
import { startSimPebbles, type PebbleSnapshot } from '../../src/sim';
import type { JujuVisible } from './juju-visible';
import { contextPebble, processPebble } from './pebble-view';

/** What Juju may change between two events: the parts both a State and the fake Juju's state have. */
export type JujuWorld = Pick<JujuState, 'config' | 'leader' | 'relations' | 'secrets' | 'storages' | 'plannedUnits'>;

/** One step of a parity sequence: an event, or a change Juju makes between events. */
export type ParityStep = ContextEvent | { readonly change: string; readonly apply: (world: JujuWorld) => void };

/** The two sides' view of one step, to compare. */
export interface StepViews {
  readonly step: string;
  readonly context: JujuVisible;
  readonly process: JujuVisible;
}

/**
 * One charm driven two ways from the same State: through a Context (the
 * in-memory engine) and through its real `dispatch` run as a child process
 * with the stand-in hook commands over a state file (and Pebble stand-ins on
 * unix sockets for its containers), as Juju would run it.
 */
export class ParityUnit {
  private readonly ctx: Context;
  private state: State;
  private sim: SimUnit | undefined;
  private pebble: Record<string, PebbleSnapshot> = {};
  private readonly filesDir = mkdtempSync(join(tmpdir(), 'jujuts-parity-files-'));
  private unitHistory = 0;
  private appHistory = 0;
  private versionsSeen = 0;

  constructor(
    charmClass: CharmClass<CharmBase<object>>,
    private readonly projectDir: string,
    initial: State,
  ) {
    this.ctx = new Context(charmClass, { charmDir: projectDir });
    this.state = initial;
  }

  /** The Context's event factories, to write the sequence with. */
  get on(): Context['on'] {
    return this.ctx.on;
  }

  /** Builds the charm and writes the initial state file and stored state for the process side. */
  async start(): Promise<void> {
    const built = await buildTestCharm(this.projectDir);
    this.sim = new SimUnit(built, this.ctx.meta, this.jujuState(this.state));
    const sim = this.sim;
    const persisted = { stored: this.state.storedState, deferred: this.state.deferred };
    if (this.state.deferred.length > 0 || Object.keys(this.state.storedState).length > 0) {
      writeFileSync(join(sim.charmDir, '.jujuts-state.json'), JSON.stringify({ version: 1, ...persisted }));
    }
  }

  /** Removes the unit's charm directory, state file and container files (the built bundle is shared and stays). */
  cleanup(): void {
    const paths = this.sim ? [this.sim.charmDir, this.sim.stateFile, this.filesDir] : [this.filesDir];
    for (const path of paths) rmSync(path, { recursive: true, force: true });
  }

  private get unit(): SimUnit {
    if (!this.sim) throw new Error('ParityUnit: call start() before running steps');
    return this.sim;
  }

  /** Runs one step both ways and returns both views of the unit afterwards. */
  async step(step: ParityStep): Promise<StepViews> {
    if ('change' in step) return this.change(step);
    const spec = toHookEventSpec(step, this.state, this.ctx.appName);
    this.state = await this.ctx.run(step, this.state);
    const context = this.contextView(step);
    if (step.action) this.resetActionOutputs();
    const pebbles = await this.startPebbles();
    try {
      const run = await this.unit.dispatch(spec, pebbles?.env);
      if (run.exitCode !== 0) throw new Error(`dispatch ${spec.path} exited ${String(run.exitCode)}:\n${run.stderr}`);
      if (pebbles) this.pebble = pebbles.snapshot();
      const outputs = run.document.outputs;
      return {
        step: spec.path,
        context,
        process: {
          ...this.processView(run.document.state),
          logs: run.logs,
          unitStatusHistory: outputs.unitStatusHistory.slice(this.unitHistory),
          appStatusHistory: outputs.appStatusHistory.slice(this.appHistory),
          workloadVersionHistory: outputs.workloadVersionHistory.slice(this.versionsSeen),
          ...(step.action ? { action: { results: outputs.actionResults, logs: outputs.actionLogs, failure: outputs.actionFailure ?? null } } : {}),
        },
      };
    } finally {
      this.countHistories();
      await pebbles?.close();
    }
  }

  /** The same change applied to the Context's next State and to the state file. */
  private change(step: { change: string; apply: (world: JujuWorld) => void }): StepViews {
    const draft = structuredClone(this.state) as StateData;
    step.apply(draft);
    this.state = updateState(this.state, draft);
    const doc = readStateFile(this.unit.stateFile);
    const juju = FakeJuju.fromDocument(doc);
    juju.applyNow((s) => step.apply(s));
    writeStateFile(this.unit.stateFile, juju.toDocument());
    const empty = { logs: [], unitStatusHistory: [], appStatusHistory: [], workloadVersionHistory: [] };
    return {
      step: step.change,
      context: { ...this.contextView(undefined), ...empty },
      process: { ...this.processView(juju.toDocument().state), ...empty },
    };
  }

  /** How much of the state file's histories earlier steps produced, so each view holds only its step's entries. */
  private countHistories(): void {
    const outputs = readStateFile(this.unit.stateFile).outputs;
    this.unitHistory = outputs.unitStatusHistory.length;
    this.appHistory = outputs.appStatusHistory.length;
    this.versionsSeen = outputs.workloadVersionHistory.length;
  }

  /** The state file keeps outputs across hooks; an action's results must be its own, as Juju keeps them per task. */
  private resetActionOutputs(): void {
    const doc = readStateFile(this.unit.stateFile);
    writeStateFile(this.unit.stateFile, { ...doc, outputs: { ...doc.outputs, actionResults: {}, actionLogs: [], actionFailure: undefined } });
  }

  private async startPebbles() {
    const containers = Object.keys(this.ctx.meta.containers);
    if (containers.length === 0) return undefined;
    return startSimPebbles({ containers, filesDir: this.filesDir, saved: this.pebble });
  }

  private jujuState(state: State): JujuState {
    return toJujuState(state, this.ctx.meta, { appName: this.ctx.appName, unitName: this.ctx.unitName });
  }

  private contextView(event: ContextEvent | undefined): JujuVisible {
    const { actionParams: _a, ...juju } = this.jujuState(this.state);
    const out = this.ctx.outputs;
    return {
      juju,
      persisted: { stored: this.state.storedState as JsonValue, deferred: this.state.deferred as unknown as JsonValue },
      logs: out.jujuLog,
      unitStatusHistory: out.unitStatusHistory,
      appStatusHistory: out.appStatusHistory,
      workloadVersionHistory: out.workloadVersionHistory,
      ...(event?.action ? { action: { results: out.actionResults, logs: out.actionLogs, failure: out.actionFailure ?? null } } : {}),
      ...(this.state.containers.length > 0 ? { pebble: contextPebble(this.state) } : {}),
    };
  }

  private processView(state: JujuState): Pick<JujuVisible, 'juju' | 'persisted' | 'pebble'> {
    const { actionParams: _a, ...juju } = state;
    const file = join(this.unit.charmDir, '.jujuts-state.json');
    const saved = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { stored?: JsonValue; deferred?: JsonValue }) : {};
    return {
      juju,
      persisted: { stored: saved.stored ?? {}, deferred: saved.deferred ?? [] },
      ...(Object.keys(this.ctx.meta.containers).length > 0 ? { pebble: processPebble(this.pebble) } : {}),
    };
  }
}
