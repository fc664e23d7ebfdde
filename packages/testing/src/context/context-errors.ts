import { describeEvent, type ContextEvent } from './context-event';

/**
 * The State (or the event) cannot happen in a real model for this charm:
 * the test would check behaviour Juju never produces. Every problem is
 * listed with how to fix the test.
 */
export class InconsistentStateError extends Error {
  override name = 'InconsistentStateError';

  constructor(
    /** The event the run was for. */
    readonly event: string,
    /** One line per problem, each saying how to fix the test. */
    readonly problems: readonly string[],
  ) {
    super(`ctx.run(${event}): the State is inconsistent with the charm or the event:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/**
 * A handler raised while the Context ran an event. As in Juju, the hook
 * failed: nothing it wrote is committed and no new State is returned. The
 * charm's error is the `cause`.
 */
export class UncaughtCharmError extends Error {
  override name = 'UncaughtCharmError';

  constructor(
    readonly event: ContextEvent,
    override readonly cause: Error,
    /** What in the State probably led there, when the Context can tell. */
    hint?: string,
  ) {
    super(`the charm raised while handling ${describeEvent(event)}: ${cause.name}: ${cause.message}${hint ? `\n(${hint})` : ''}`, { cause });
  }
}
