import type { DataClass } from '../framework/handler-record';

/** Options of the `@charm({...})` class decorator. */
export interface CharmOptions<TConfig extends object = object> {
  /** The typed config class: `this.config` is a validated instance of it. */
  readonly config?: DataClass<TConfig> | undefined;
  /**
   * Where stored state and deferred events live between hooks: `'file'` (a
   * JSON file in the charm directory, the default) or `'juju'` (Juju's
   * `state-get`/`state-set` store, which survives a rescheduled pod).
   */
  readonly stateStore?: 'file' | 'juju' | undefined;
}
