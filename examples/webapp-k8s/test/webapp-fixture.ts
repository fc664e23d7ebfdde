import { join } from 'node:path';
import type { ConfigValue } from '@jujuts/ops/internal';
import type { Plan } from '@jujuts/ops/pebble';
// @jujuts/testing's barrel does not export Context and Harness yet: switch these two imports to it when it does.
import { Harness } from '../../../packages/testing/src/harness';
import { Context, container, createState, relation, type ContainerInput, type State, type StateInput } from '../../../packages/testing/src/context';
import { WebappCharm } from '../src/charm';

/** The charm project directory, whose charmcraft.yaml the tests run with. */
export const CHARM_DIR = join(__dirname, '..');

/** A Context for the charm. */
export function webappContext(): Context<WebappCharm> {
  return new Context(WebappCharm, { charmDir: CHARM_DIR });
}

/** The `web` container, reachable unless told otherwise. */
export function webContainer(options: Omit<ContainerInput, 'name'> = {}): ReturnType<typeof container> {
  return container('web', options);
}

/** A `website` relation with a proxy on the other side. */
export function websiteRelation(): ReturnType<typeof relation> {
  return relation('website', { remoteApp: 'proxy', remoteUnits: { 'proxy/0': {} } });
}

/** A State with the `web` container (reachable by default) and whatever else the test gives. */
export function webappState(input: StateInput = {}): State {
  return createState({ containers: [webContainer()], ...input });
}

/** The state of `web` after a run (throws if the run lost it, which would be a bug). */
export function webOf(state: State): State['containers'][number] {
  const web = state.containers.find((c) => c.name === 'web');
  if (!web) throw new Error('the State has no web container');
  return web;
}

/** A begun Harness for the charm; `cleanup()` it after the test. */
export function webappHarness(options: { leader?: boolean; config?: Record<string, ConfigValue> } = {}): Harness<WebappCharm> {
  const harness = new Harness(WebappCharm, { charmDir: CHARM_DIR, ...options });
  harness.begin();
  return harness;
}

/** The service command the plan runs. */
export function commandOf(plan: Plan | State['containers'][number]['layers'][string]): string | undefined {
  return plan.services?.['webapp']?.command;
}
