import type { EventBase } from './events/event-base';

/** Whether a handler returned a promise (or any thenable) to wait for. */
export function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (typeof value === 'object' || typeof value === 'function') && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

/** Waits for an async handler, then reports whether it deferred `event`. */
export async function settle(result: PromiseLike<unknown>, event: EventBase): Promise<boolean> {
  await result;
  return takeDeferral(event);
}

/** Whether the handler just run deferred `event`; clears the request for the next handler. */
export function takeDeferral(event: EventBase): boolean {
  const deferred = event.deferRequested;
  event.deferRequested = false;
  return deferred;
}
