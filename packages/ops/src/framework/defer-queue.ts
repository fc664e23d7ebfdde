import { snapshotKey, type EventSnapshot } from './event-snapshot';
import type { DeferredEntry } from './state-store';

/**
 * The deferred (event, handler) pairs, in the order they were first
 * deferred. An identical pair is never queued twice, and a pair deferred
 * again while being re-run keeps its place, as in ops.
 */
export class DeferQueue {
  private entries: DeferredEntry[];

  constructor(initial: readonly DeferredEntry[]) {
    this.entries = [...initial];
  }

  /** The entries in order. */
  get items(): readonly DeferredEntry[] {
    return this.entries;
  }

  /** Number of deferred pairs. */
  get length(): number {
    return this.entries.length;
  }

  /** Adds a pair unless an identical one is queued; returns whether it was added. */
  add(event: EventSnapshot, handler: string): boolean {
    const key = snapshotKey(event);
    if (this.entries.some((e) => e.handler === handler && snapshotKey(e.event) === key)) return false;
    this.entries.push({ event, handler });
    return true;
  }

  /** Removes one entry (after its handler ran without deferring again). */
  remove(entry: DeferredEntry): void {
    this.entries = this.entries.filter((e) => e !== entry);
  }
}
