import { CharmDefinitionError } from '../errors';
import type { ActionEvent } from '../framework/events/action-event';
import type { DataClass } from '../framework/handler-record';
import { handlerDecorator, type HandlerDecorator } from './handler-decorator';

/** Options of `@action`. */
export interface ActionOptions {
  /** The description `jujuts schema` writes to charmcraft.yaml. */
  readonly description?: string | undefined;
}

const ACTION_NAME = /^[a-z](?:[a-z0-9-]*[a-z0-9])?$/;

/**
 * Handles an action. With a params class, `event.params` is a validated
 * instance; invalid params fail the action with the reasons and the handler
 * does not run.
 *
 * @example
 * ```ts
 * class BackupParams { @IsString() target = '/backups'; }
 * class MyCharm extends CharmBase {
 *   @action('backup', BackupParams)
 *   onBackup(e: ActionEvent<BackupParams>) { e.setResults({ path: e.params.target }); }
 * }
 * ```
 */
export function action<P extends object = Record<string, unknown>>(
  name: string,
  params?: DataClass<P>,
  options: ActionOptions = {},
): HandlerDecorator<ActionEvent<P>> {
  const decorator = `@action('${name}')`;
  if (typeof name !== 'string' || !ACTION_NAME.test(name)) {
    throw new CharmDefinitionError(`${decorator}: action names are lowercase letters, digits and hyphens, starting with a letter`);
  }
  if (params !== undefined && typeof params !== 'function') {
    throw new CharmDefinitionError(`${decorator}: the params argument must be a class, got ${typeof params}`);
  }
  return handlerDecorator<ActionEvent<P>>({ event: 'action', scope: name, params, decorator, ...(options.description ? { description: options.description } : {}) });
}
