import type { ModelBackend } from '../backend/model-backend';
import type { JujuContext } from '../context/juju-context';
import type { Logger } from '../log';
import type { CharmMeta } from '../meta/charm-meta';
import type { Model } from '../model';
import { resolveScope, type Binding } from './binding';
import { DeferQueue } from './defer-queue';
import { isThenable, settle, takeDeferral } from './handler-outcome';
import { labelOf } from './handler-label';
import type { EventEmitterHost, EventSource } from './event-source';
import type { EventSnapshot } from './event-snapshot';
import type { EventBase } from './events/event-base';
import type { OwnerDescription } from './handler-record';
import type { PersistedState } from './state-store';
import { StoredStateBinder } from './stored-state';

/** What the dispatcher hands the framework. */
export interface FrameworkOptions {
  readonly model: Model;
  readonly meta: CharmMeta;
  readonly context: JujuContext;
  readonly backend: ModelBackend;
  readonly logger: Logger;
  readonly persisted: PersistedState;
  /** Reads an owner class's decorator metadata (the one cached reader). */
  readonly describe: (owner: object) => OwnerDescription;
}

/**
 * Runs handlers: keeps the charm and its components, binds their decorated
 * methods, emits events in order (awaiting async handlers), tracks
 * deferrals and stored state. Knows nothing of Juju commands.
 */
export class Framework implements EventEmitterHost {
  readonly model: Model;
  readonly meta: CharmMeta;
  readonly context: JujuContext;
  readonly backend: ModelBackend;
  readonly logger: Logger;
  private readonly describe: (owner: object) => OwnerDescription;
  private readonly owners: { path: string; owner: object }[] = [];
  // Made on first use: most hooks never touch it, and a Map per hook adds up over thousands of test hooks.
  private sources: Map<string, EventSource<EventBase>> | undefined;
  private readonly extraBindings: Binding[] = [];
  private bound: Binding[] | undefined;
  private readonly queue: DeferQueue;
  private readonly stored: StoredStateBinder;
  /** @internal Cached typed config, keyed by class (made on first use). */
  configCache: Map<unknown, object> | undefined;

  constructor(options: FrameworkOptions) {
    this.model = options.model;
    this.meta = options.meta;
    this.context = options.context;
    this.backend = options.backend;
    this.logger = options.logger;
    this.describe = options.describe;
    this.queue = new DeferQueue(options.persisted.deferred);
    this.stored = new StoredStateBinder(options.persisted.stored);
  }

  /** @internal Called by CharmBase and Component constructors. */
  register(owner: object, path: string): void {
    if (this.owners.some((o) => o.path === path)) {
      throw new Error(`jujuts: two objects attached at ${path}; give the second component a distinct key: new ${owner.constructor.name}(parent, 'another-key')`);
    }
    this.owners.push({ path, owner });
    this.bound = undefined;
  }

  /**
   * @internal Takes over the owners (in registration order), event sources
   * and imperative observers of `previous`, for a charm instance reused
   * across hooks; returns the owners so the caller can re-point them here.
   */
  adopt(previous: Framework): readonly object[] {
    for (const { path, owner } of previous.owners) this.register(owner, path);
    for (const source of previous.sources?.values() ?? []) this.registerSource(source);
    this.extraBindings.push(...previous.extraBindings);
    this.bound = undefined;
    return previous.owners.map((o) => o.owner);
  }

  /** @internal Called by `defineEvent` on components and charms. */
  registerSource(source: EventSource<EventBase>): void {
    (this.sources ??= new Map()).set(source.path, source);
  }

  /** @internal The path an owner was registered at. */
  pathOf(owner: object): string {
    const found = this.owners.find((o) => o.owner === owner);
    if (!found) throw new Error(`jujuts: ${owner.constructor.name} is not attached to this charm`);
    return found.path;
  }

  /** Every handler of every attached owner, resolved, in registration and declaration order. */
  bindings(): readonly Binding[] {
    if (this.bound) return this.bound;
    const out: Binding[] = [];
    for (const { path, owner } of this.owners) {
      for (const record of this.describe(owner.constructor).handlers) {
        const source = record.source ? (record.source as (o: object) => EventSource<EventBase>)(owner) : undefined;
        const label = labelOf(record, path, owner.constructor.name);
        out.push({
          owner,
          id: label.id,
          where: label.where,
          record,
          scope: resolveScope(record, owner),
          sourcePath: source?.path,
        });
      }
    }
    out.push(...this.extraBindings);
    this.bound = out;
    return out;
  }

  /** @internal Applies persisted values to every `@stored()` property. */
  bindStoredState(): void {
    for (const { path, owner } of this.owners) {
      for (const property of this.describe(owner.constructor).stored) this.stored.bind(`${path}.${property}`, owner, property);
    }
  }

  /** Handlers for a Juju event kind and scope. */
  handlersFor(kind: string, scope: string | undefined): Binding[] {
    return this.bindings().filter((b) => b.record.event === kind && (b.scope === undefined || b.scope === scope));
  }

  /**
   * Runs `event` through `handlers` in order. A handler that calls
   * `event.defer()` is queued (once) to see the event again next dispatch.
   */
  async emit(event: EventBase, handlers: readonly Binding[]): Promise<void> {
    for (const binding of handlers) {
      if (!this.accepts(binding, event)) continue;
      const outcome = this.invoke(binding, event);
      const deferred = typeof outcome === 'boolean' ? outcome : await outcome;
      if (deferred && this.queue.add(event.snapshot, binding.id)) {
        this.logger.info(`deferred ${event.displayName} for ${binding.where} (${this.queue.length} deferred)`);
      }
    }
  }

  /**
   * Re-runs every deferred (event, handler) pair, oldest first. A pair whose
   * handler defers again keeps its place; a pair whose handler is gone is dropped.
   */
  async reemitDeferred(build: (snapshot: EventSnapshot) => EventBase | undefined): Promise<void> {
    const pending = [...this.queue.items];
    if (pending.length === 0) return;
    this.logger.info(`re-emitting ${pending.length} deferred event${pending.length === 1 ? '' : 's'}`);
    for (const entry of pending) {
      const binding = this.bindings().find((b) => b.id === entry.handler);
      const event = binding && (entry.event.kind === 'custom' ? this.rebuildCustom(entry.event) : build(entry.event));
      if (!binding || !event) {
        this.logger.warn(`dropping deferred ${entry.event.kind} for ${entry.handler}: the handler or its event no longer exists`);
        this.queue.remove(entry);
        continue;
      }
      const outcome = this.invoke(binding, event);
      if (!(typeof outcome === 'boolean' ? outcome : await outcome)) this.queue.remove(entry);
    }
  }

  /** @internal */
  async emitCustom(source: EventSource<EventBase>, event: EventBase): Promise<void> {
    await this.emit(event, this.bindings().filter((b) => b.record.event === 'custom' && b.sourcePath === source.path));
  }

  /** @internal */
  observeCustom(source: EventSource<EventBase>, owner: object, method: string): void {
    const path = this.pathOf(owner);
    this.extraBindings.push({
      owner,
      id: `${path}.${method}`,
      where: `${owner.constructor.name}.${method}`,
      record: { method, event: 'custom', decorator: `${source.path}.observe` },
      sourcePath: source.path,
    });
    this.bound = undefined;
  }

  /** The state to persist after a successful hook. */
  persistedState(): PersistedState {
    return { stored: this.stored.snapshot(), deferred: [...this.queue.items] };
  }

  /** Number of deferred pairs waiting. */
  get deferredCount(): number {
    return this.queue.length;
  }

  private accepts(binding: Binding, event: EventBase): boolean {
    const label = binding.record.label;
    if (label === undefined) return true;
    return (event as { secret?: { label?: string | undefined } }).secret?.label === label;
  }

  /**
   * Calls one handler; returns whether it deferred the event, or a promise
   * of that when the handler is async. Why not always a promise: most
   * handlers are synchronous, and an await per handler is a promise and a
   * microtask turn on every hook (thousands in a test).
   */
  private invoke(binding: Binding, event: EventBase): boolean | Promise<boolean> {
    event.deferRequested = false;
    const fn = (binding.owner as Record<string, unknown>)[binding.record.method];
    if (typeof fn !== 'function') throw new Error(`jujuts: ${binding.where} is not a method`);
    if ('dataClasses' in event && binding.record.dataClasses) {
      (event as { dataClasses: unknown }).dataClasses = binding.record.dataClasses;
    }
    const result = (fn as (e: EventBase) => unknown).call(binding.owner, event);
    return isThenable(result) ? settle(result, event) : takeDeferral(event);
  }

  private rebuildCustom(snapshot: EventSnapshot): EventBase | undefined {
    const source = snapshot.source === undefined ? undefined : this.sources?.get(snapshot.source);
    return source?.create(snapshot.data, source.path);
  }
}
