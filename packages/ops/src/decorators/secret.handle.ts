import { CharmDefinitionError } from '../errors';
import type * as E from '../framework';
import { handlerDecorator, type HandlerDecorator } from './handler-decorator';

/** Decorators for the events of the secrets with one label. */
export interface SecretHandle {
  /** The label the events are filtered on. */
  readonly label: string;
  /** `secret-changed` for this label. */ readonly changed: HandlerDecorator<E.SecretChangedEvent>;
  /** `secret-rotate` for this label. */ readonly rotate: HandlerDecorator<E.SecretRotateEvent>;
  /** `secret-expired` for this label. */ readonly expired: HandlerDecorator<E.SecretExpiredEvent>;
  /** `secret-remove` for this label. */ readonly remove: HandlerDecorator<E.SecretRemoveEvent>;
}

/**
 * A handle for the secret events of the secret with `label`; other secrets'
 * events do not reach these handlers.
 *
 * @example
 * ```ts
 * const creds = secret('db-credentials');
 * class MyCharm extends CharmBase {
 *   @creds.changed
 *   onCreds(e: SecretChangedEvent) { e.secret.getContent({ refresh: true }); }
 * }
 * ```
 */
export function secret(label: string): SecretHandle {
  if (typeof label !== 'string' || label === '') throw new CharmDefinitionError(`secret(${JSON.stringify(label)}): a label (non-empty string) is required`);
  const decorator = (prop: string, event: string) =>
    handlerDecorator({ event, label, decorator: `@secret('${label}').${prop}` });
  return Object.freeze({
    label,
    changed: decorator('changed', 'secretChanged'),
    rotate: decorator('rotate', 'secretRotate'),
    expired: decorator('expired', 'secretExpired'),
    remove: decorator('remove', 'secretRemove'),
  }) as SecretHandle;
}
