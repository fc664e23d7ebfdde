import type { ModelBackend } from '../../backend/model-backend';
import { flattenActionResults } from '../../typed';
import type { EventKind } from '../event-table';
import type { EventSnapshot } from '../event-snapshot';
import { HookEvent } from './hook-event';

/** What an action event needs besides its snapshot. */
export interface ActionEventInit<P> {
  readonly id: string;
  readonly name: string;
  readonly params: P;
  readonly backend: ModelBackend;
}

/**
 * An action run by an operator (`juju run unit/0 backup`). `params` is the
 * validated parameters class given to `@action(name, Params)`, or the raw
 * object when none was given. Actions cannot be deferred.
 */
export class ActionEvent<P extends object = Record<string, unknown>> extends HookEvent {
  readonly kind = 'action' as const;
  /** Juju's action id (`JUJU_ACTION_UUID`). */
  readonly id: string;
  /** The action's name, as declared in charmcraft.yaml. */
  readonly name: string;
  /** The action's parameters. */
  readonly params: P;
  private readonly backend: ModelBackend;
  private failMessage: string | undefined;

  constructor(snapshot: EventSnapshot, kind: EventKind, init: ActionEventInit<P>) {
    super(snapshot, kind);
    this.id = init.id;
    this.name = init.name;
    this.params = init.params;
    this.backend = init.backend;
  }

  /** Sends a progress message the operator sees while the action runs (`action-log`). */
  log(message: string): void {
    this.backend.actionLog(message);
  }

  /**
   * Reports results. Nested objects become dotted keys (`{ db: { host } }` →
   * `db.host`); every key segment must match Juju's rule, checked before
   * anything is sent.
   */
  setResults(results: object): void {
    this.backend.actionSet(flattenActionResults(results));
  }

  /** Marks the action failed with a message; the handler may still set results. */
  fail(message = ''): void {
    this.failMessage = message;
    this.backend.actionFail(message);
  }

  /** The message given to `fail()`, if the action was failed. */
  get failure(): string | undefined {
    return this.failMessage;
  }
}
