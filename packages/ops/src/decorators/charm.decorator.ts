import { CharmDefinitionError } from '../errors';
import { METADATA_KEYS, setOwnMetadata, type CharmOptions } from '../metadata';

/**
 * Declares charm-wide options on the charm class: its typed config class and
 * where state is kept.
 *
 * @example
 * ```ts
 * @charm({ config: WebConfig })
 * export class WebCharm extends CharmBase<WebConfig> {}
 * ```
 */
export function charm<TConfig extends object>(options: CharmOptions<TConfig> = {}): ClassDecorator {
  if (options.config !== undefined && typeof options.config !== 'function') {
    throw new CharmDefinitionError(`@charm({ config }): config must be a class, got ${typeof options.config}`);
  }
  if (options.stateStore !== undefined && options.stateStore !== 'file' && options.stateStore !== 'juju') {
    throw new CharmDefinitionError(`@charm({ stateStore }): must be 'file' or 'juju', got ${JSON.stringify(options.stateStore)}`);
  }
  return (target) => {
    setOwnMetadata(METADATA_KEYS.charm, target, Object.freeze({ ...options }));
  };
}
