import type { CharmBase, CharmClass, Framework } from '@jujuts/ops/internal';

/**
 * A subclass of `charmClass` that hands each new Framework to `observe`
 * before the charm attaches to it, so a test engine can watch what the
 * framework does (events emitted) without changing the pipeline. The
 * subclass keeps the charm's name, so handler ids and stored-state keys
 * are unchanged.
 */
export function observeFramework<C extends CharmBase<object>>(charmClass: CharmClass<C>, observe: (framework: Framework) => void): CharmClass<C> {
  const Base = charmClass as CharmClass<CharmBase<object>>;
  // Named through a computed key so stack traces and handler ids show the charm's own name.
  const Observed = {
    [charmClass.name]: class extends Base {
      constructor(framework: Framework) {
        observe(framework);
        super(framework);
      }
    },
  }[charmClass.name];
  return Observed as unknown as CharmClass<C>;
}
