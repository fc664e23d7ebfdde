import type { CharmBase } from '../charm/charm-base';
import type { Framework } from '../framework/framework';

/** A charm class as `main` and the testing package take it. */
export type CharmClass<C extends CharmBase<object> = CharmBase<object>> = new (framework: Framework) => C;
