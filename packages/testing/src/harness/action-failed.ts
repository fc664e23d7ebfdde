import type { JsonValue } from '@jujuts/ops/internal';

/** What an action left behind: its results (`action-set`) and log lines (`action-log`). */
export interface ActionOutput {
  readonly results: Readonly<Record<string, JsonValue>>;
  readonly logs: readonly string[];
}

/**
 * The action called `event.fail()` (or its parameters were refused), as
 * `juju run` would report it. Results and logs set before the failure are
 * kept, as Juju keeps them.
 */
export class ActionFailed extends Error implements ActionOutput {
  override name = 'ActionFailed';
  readonly results: Readonly<Record<string, JsonValue>>;
  readonly logs: readonly string[];

  constructor(
    message: string,
    /** The action's results and logs up to the failure. */
    readonly output: ActionOutput,
  ) {
    super(message);
    this.results = output.results;
    this.logs = output.logs;
  }
}
