/** `event.defer()` was called on an event Juju will not re-deliver (stop, remove, actions, …). */
export class DeferError extends Error {
  override name = 'DeferError';
}

/** A status that a charm may not set (unknown, error) or an invalid status name. */
export class InvalidStatusError extends Error {
  override name = 'InvalidStatusError';
}
