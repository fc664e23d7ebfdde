import { ActionFailed, type ActionOutput } from '../harness/action-failed';
import type { State } from './state-types';

/**
 * `ctx.runAction` ran an action that called `event.fail()`. It is an
 * {@link ActionFailed} (the Harness's class) that also carries the State
 * after the action, which Juju commits: a failed action is not a failed hook.
 */
export class ContextActionFailed extends ActionFailed {
  override name = 'ActionFailed';

  constructor(
    message: string,
    output: ActionOutput,
    /** The State after the action ran. */
    readonly state: State,
  ) {
    super(message, output);
  }
}
