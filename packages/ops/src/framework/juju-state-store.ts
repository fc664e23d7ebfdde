import type { ModelBackend } from '../backend/model-backend';
import { EMPTY_STATE, type PersistedState, type UnitStateStore } from './state-store';

const STORED_PREFIX = 'jujuts.stored.';
const DEFERRED_KEY = 'jujuts.deferred';
/** Juju refuses larger values (juju-hook-commands.md: state-set). */
const MAX_VALUE_BYTES = 64 * 1024;

/**
 * Keeps state in Juju's per-unit store (`state-get` / `state-set`): it
 * survives the charm container being rescheduled, and Juju applies it only
 * if the hook succeeds. One key per stored property plus one for the queue;
 * only changed keys are written.
 */
export class JujuStateStore implements UnitStateStore {
  private loaded: Record<string, string> = {};

  constructor(private readonly backend: ModelBackend) {}

  load(): PersistedState {
    this.loaded = this.backend.stateGet();
    const stored: Record<string, unknown> = {};
    let deferred: PersistedState['deferred'] = EMPTY_STATE.deferred;
    for (const [key, value] of Object.entries(this.loaded)) {
      if (key.startsWith(STORED_PREFIX)) stored[key.slice(STORED_PREFIX.length)] = JSON.parse(value) as unknown;
      else if (key === DEFERRED_KEY) deferred = JSON.parse(value) as PersistedState['deferred'];
    }
    return { stored, deferred };
  }

  save(state: PersistedState): void {
    const next: Record<string, string> = {};
    for (const [key, value] of Object.entries(state.stored)) next[STORED_PREFIX + key] = JSON.stringify(value);
    if (state.deferred.length > 0) next[DEFERRED_KEY] = JSON.stringify(state.deferred);
    const changed: Record<string, string> = {};
    for (const [key, value] of Object.entries(next)) {
      if (Buffer.byteLength(value) > MAX_VALUE_BYTES) {
        throw new Error(`jujuts: ${key} is ${Buffer.byteLength(value)} bytes; Juju's state store takes at most 64 KiB per value: keep less in stored state`);
      }
      if (this.loaded[key] !== value) changed[key] = value;
    }
    if (Object.keys(changed).length > 0) this.backend.stateSet(changed);
    for (const key of Object.keys(this.loaded)) {
      if ((key.startsWith(STORED_PREFIX) || key === DEFERRED_KEY) && !(key in next)) this.backend.stateDelete(key);
    }
    this.loaded = { ...this.loaded, ...changed };
  }
}
