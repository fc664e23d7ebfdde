import type { ConfigValue, GoalState, JsonValue, NetworkInfo } from '@jujuts/ops/internal';
import { FakeActions } from './fake-actions';
import { FakePorts } from './fake-ports';
import { networkOf } from './fake-network';
import { FakeRelations } from './fake-relations';
import { FakeSecrets } from './fake-secrets';
import { FakeStateStore } from './fake-state-store';
import { FakeStatus } from './fake-status';
import { FakeStorage } from './fake-storage';
import type { HookInfo, HookScope, WritablePart } from './hook-scope';
import { JujuError } from './juju-error';
import { emptyOutputs, type JujuOutputs, type PendingChanges } from './juju-outputs';
import type { JujuState } from './juju-state';
import { copyJson, copyRelationForHook, shareParts } from './copy-for-hook';
import { goalStateOf } from './goal-state';

// Between hooks (settled after every harness call): one shared, frozen value rather than a new object each time.
const NO_HOOK: HookInfo = Object.freeze({});

/** A {@link FakeJuju} as plain JSON: what the simulator keeps in its state file. */
export interface FakeJujuDocument {
  state: JujuState;
  /** The running hook's uncommitted changes, or null when there are none. */
  pending: PendingChanges | null;
  outputs: JujuOutputs;
}

/**
 * An in-memory Juju that runs hook commands as one unit, with Juju's rules
 * and error texts (as {@link JujuError}). Relation data, ports, secrets,
 * the state store and storage requests are pending until
 * {@link FakeJuju.endHook} commits or discards them; status, workload
 * version, logs and action output apply at once. Reads see the hook's own
 * pending writes.
 */
export class FakeJuju implements HookScope {
  readonly outputs: JujuOutputs;
  hook: HookInfo = NO_HOOK;
  /** Relation commands (`relation-*`). */
  readonly relations = new FakeRelations(this);
  /** Secret commands (`secret-*`). */
  readonly secrets = new FakeSecrets(this);
  /** `open-port`, `close-port`, `opened-ports`. */
  readonly ports = new FakePorts(this);
  /** `state-get`, `state-set`, `state-delete`. */
  readonly store = new FakeStateStore(this);
  /** Action commands (`action-*`). */
  readonly actions = new FakeActions(this);
  /** `status-get`, `status-set`. */
  readonly status = new FakeStatus(this);
  /** Storage commands (`storage-*`). */
  readonly storage = new FakeStorage(this);
  private committed: JujuState;
  private uncommitted: PendingChanges | null;
  /**
   * The parts of the pending state copied for this hook's writes; the others
   * are the committed objects themselves. Why: most hooks write one part
   * (a relation bag) or none, and copying the whole state for the first
   * write was a tenth of a Harness hook.
   */
  private readonly owned = new Set<keyof JujuState>();
  private app: { readonly unit: string; readonly name: string } | undefined;

  /** Wrap a state (copied, never mutated); a document's pending changes and outputs may be carried over. */
  constructor(state: JujuState, carried: { pending?: PendingChanges | null; outputs?: JujuOutputs } = {}) {
    this.committed = structuredClone(state);
    // A separate clone: the carried pending state shares nothing with the committed one, so it owns every part.
    this.uncommitted = carried.pending ? structuredClone(carried.pending) : null;
    if (this.uncommitted) for (const key of Object.keys(this.uncommitted.state)) this.owned.add(key as keyof JujuState);
    this.outputs = carried.outputs ? structuredClone(carried.outputs) : emptyOutputs();
  }

  /** Rebuild a fake from its JSON document. */
  static fromDocument(doc: FakeJujuDocument): FakeJuju {
    return new FakeJuju(doc.state, { pending: doc.pending, outputs: doc.outputs });
  }

  /** The fake as plain JSON. */
  toDocument(): FakeJujuDocument {
    return structuredClone({ state: this.committed, pending: this.uncommitted, outputs: this.outputs });
  }

  /** The committed state: what Juju holds after the last successful hook (plus immediate writes). */
  get state(): JujuState {
    return this.committed;
  }

  /** This unit's name. */
  get unitName(): string {
    return this.committed.unitName;
  }

  /** This unit's application. */
  get appName(): string {
    // Asked several times a hook (every harness call, every bag lookup): kept while the unit name stays.
    if (this.app?.unit !== this.committed.unitName) {
      const unit = this.committed.unitName;
      const slash = unit.indexOf('/');
      this.app = { unit, name: slash < 0 ? unit : unit.slice(0, slash) };
    }
    return this.app.name;
  }

  /** The state as the running hook sees it. */
  view(): JujuState {
    return this.uncommitted?.state ?? this.committed;
  }

  /**
   * The running hook's pending changes, created on first use. Its `state`
   * is for reading; a write goes through {@link FakeJuju.writable}, which
   * copies the part it changes first.
   */
  pending(): PendingChanges {
    if (!this.uncommitted) {
      this.uncommitted = { state: shareParts(this.committed), removedSecretRevisions: [], requestedStorage: [] };
      this.owned.clear();
    }
    return this.uncommitted;
  }

  /** One part of the pending state, copied from the committed state on the hook's first write to it. */
  writable<K extends WritablePart>(key: K): JujuState[K] {
    const state = this.pending().state;
    if (!this.owned.has(key)) {
      state[key] = key === 'relations' ? (this.committed.relations.map(copyRelationForHook) as JujuState[K]) : copyJson(this.committed[key]);
      this.owned.add(key);
    }
    return state[key];
  }

  /**
   * Replace one part of the state at once, in the committed and the pending
   * state alike. Unlike {@link FakeJuju.applyNow} it never copies the
   * pending state's other parts: a whole part is replaced, so no object is
   * reached through both states.
   */
  setNow<K extends keyof JujuState>(key: K, value: JujuState[K]): void {
    this.committed[key] = value;
    const pending = this.uncommitted;
    if (pending) pending.state[key] = this.owned.has(key) ? copyJson(value) : value;
  }

  /** Apply a change to the committed state and to the pending copy alike. */
  applyNow(change: (state: JujuState) => void): void {
    const pending = this.uncommitted;
    if (!pending) return change(this.committed);
    if (this.owned.size === 0) {
      // Nothing copied yet: the pending state is the committed one, part for part.
      change(this.committed);
      pending.state = shareParts(this.committed);
      return;
    }
    // Copy every part first, so the change reaches no object through both states (a push would land twice).
    for (const key of Object.keys(this.committed) as (keyof JujuState)[]) {
      if (key === 'relations') this.writable('relations');
      else if (!this.owned.has(key)) {
        (pending.state as unknown as Record<string, unknown>)[key] = copyJson(this.committed[key]);
        this.owned.add(key);
      }
    }
    change(this.committed);
    change(pending.state);
  }

  /** Start a hook: what Juju tells the unit about it (departing unit, …). */
  beginHook(info: HookInfo = {}): void {
    this.hook = { ...info };
  }

  /** End the hook: commit its pending changes if it succeeded, discard them if not. */
  endHook(success: boolean): void {
    this.owned.clear();
    if (success && this.uncommitted) {
      this.committed = this.uncommitted.state;
      this.outputs.removedSecretRevisions.push(...this.uncommitted.removedSecretRevisions);
      this.outputs.requestedStorage.push(...this.uncommitted.requestedStorage);
    }
    this.uncommitted = null;
    this.hook = NO_HOOK;
  }

  /** Note a hook command in the outputs' command list. */
  record(command: string, args: readonly string[]): void {
    this.outputs.commands.push({ command, args: [...args] });
  }

  /** `config-get`. */
  config(): Record<string, ConfigValue> {
    return { ...this.view().config };
  }

  /** `is-leader`. */
  isLeader(): boolean {
    return this.view().leader;
  }

  /** `juju-log`: any level is accepted (Juju logs an unknown one at INFO). */
  log(level: string, message: string): void {
    this.outputs.logs.push({ level, message });
  }

  /** `application-version-set`: applies at once. */
  setWorkloadVersion(version: string): void {
    this.setNow('workloadVersion', version);
    this.outputs.workloadVersionHistory.push(version);
  }

  /** `network-get BINDING [-r N]`: the relation's own network if it has one, else the binding's. */
  network(binding: string, relationId?: number): NetworkInfo {
    return networkOf(this.view(), binding, relationId);
  }

  /** `resource-get NAME`. */
  resource(name: string): string {
    const path = this.view().resources[name];
    if (path === undefined) throw new JujuError(`could not download resource "${name}": resource not found`);
    return path;
  }

  /** `goal-state`. */
  goalState(): GoalState {
    return goalStateOf(this.view(), this.appName);
  }

  /** `credential-get` (trusted applications only). */
  credential(): Record<string, JsonValue> {
    const spec = this.view().credential;
    if (spec === undefined)
      throw new JujuError('cannot access cloud credentials: the application is not trusted (juju trust)');
    return structuredClone(spec);
  }

  /** `juju-reboot [--now]`. */
  reboot(now: boolean): void {
    this.outputs.reboot = now ? 'now' : 'after-hook';
  }
}
