import type { DeferredEntry } from '@jujuts/ops/internal';
import type { State } from '../context';
import { requireShape, result, show, type MatcherResult, type MatcherThis } from './matcher-result';

/** How a deferred entry reads: `update-status`, `db-relation-changed`, `backup action`, by `WebCharm.onUpdate`. */
export function deferredName(entry: DeferredEntry): string {
  const kebab = entry.event.kind.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return entry.event.scope ? `${entry.event.scope}-${kebab}` : kebab;
}

/**
 * `expect(state).toHaveDeferred('update-status', 'WebCharm.onUpdate')`: the
 * queue holds the event, named as in logs (`db-relation-changed`) or by
 * kind (`relationChanged`), optionally deferred by that handler.
 */
export function toHaveDeferred(this: MatcherThis | void, received: unknown, event: string, handler?: string): MatcherResult {
  const state = requireShape<State>('toHaveDeferred', received, 'a State', (v) => typeof v === 'object' && v !== null && 'deferred' in v);
  const queue = state.deferred as readonly DeferredEntry[];
  const pass = queue.some((e) => (deferredName(e) === event || e.event.kind === event) && (handler === undefined || e.handler === handler));
  const what = handler === undefined ? show(event) : `${show(event)} for ${handler}`;
  const listed = queue.map((e) => `${deferredName(e)} for ${e.handler}`).join(', ') || 'nothing';
  return result(pass, `expected ${what} not to be deferred, but it is (deferred: ${listed})`, `expected ${what} to be deferred, but the queue holds ${listed}`);
}
