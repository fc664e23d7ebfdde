import type { ModelBackend } from '../backend/model-backend';
import type { CharmBase } from '../charm/charm-base';
import { reattachOwners } from '../charm/reattach-owners';
import type { JujuContext } from '../context/juju-context';
import { Framework } from '../framework/framework';
import type { PersistedState } from '../framework/state-store';
import type { Logger } from '../log';
import type { CharmMeta } from '../meta/charm-meta';
import { describeOwner, validateBindings } from '../metadata';
import { validateConfigClass } from '../metadata/validate-config-class';
import { Model } from '../model';
import type { CharmClass } from './charm-class';

/** What it takes to build a charm instance for one hook. */
export interface CharmBuildInput<C extends CharmBase<object>> {
  readonly charmClass: CharmClass<C>;
  readonly context: JujuContext;
  readonly meta: CharmMeta;
  readonly backend: ModelBackend;
  readonly logger: Logger;
  readonly persisted: PersistedState;
  /**
   * A charm built for an earlier hook, to serve this one too instead of a
   * new instance: it and its components move to this hook's framework, and
   * stored state is re-applied to them. For Harness `freshCharmPerEvent: false`.
   */
  readonly reuse?: BuiltCharm<C> | undefined;
}

/** A built charm with its framework. */
export interface BuiltCharm<C extends CharmBase<object>> {
  readonly charm: C;
  readonly framework: Framework;
}

/**
 * Builds the model, the framework and the charm (with its components),
 * validates every handler against the metadata, and applies stored state.
 * Shared by `main` and the testing package, so both start a charm the same way.
 */
export function buildCharm<C extends CharmBase<object>>(input: CharmBuildInput<C>): BuiltCharm<C> {
  const model = new Model(input.backend, input.meta, input.context);
  const framework = new Framework({
    model,
    meta: input.meta,
    context: input.context,
    backend: input.backend,
    logger: input.logger,
    persisted: input.persisted,
    describe: describeOwner,
  });
  let charm: C;
  if (input.reuse) {
    reattachOwners(input.reuse.framework, framework);
    charm = input.reuse.charm;
  } else {
    charm = new input.charmClass(framework);
  }
  validateBindings(framework.bindings(), input.meta);
  validateConfigClass(input.charmClass, input.meta);
  framework.bindStoredState();
  return { charm, framework };
}
