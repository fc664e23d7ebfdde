import type { CharmMeta, ConfigValue } from '@jujuts/ops/internal';
import type { ModelState } from '../juju';

/** Options of `new Harness(CharmClass, options)`; everything is optional. */
export interface HarnessOptions {
  /**
   * The charm's metadata, or the text of its charmcraft.yaml. When absent it
   * is loaded from `charmDir`, else from the nearest directory at or above
   * `process.cwd()` holding charmcraft.yaml (or metadata.yaml).
   */
  readonly meta?: CharmMeta | string | undefined;
  /** The charm project directory to load metadata from. */
  readonly charmDir?: string | undefined;
  /** This unit's name (default `<charm name>/0`). */
  readonly unitName?: string | undefined;
  /** Whether the unit starts as leader (default false). */
  readonly leader?: boolean | undefined;
  /** Config values over the declared defaults, set before anything runs. */
  readonly config?: Readonly<Record<string, ConfigValue>> | undefined;
  /** The Juju version charms see (default 3.6.1). */
  readonly jujuVersion?: string | undefined;
  /** The model's name, uuid and type (default a Kubernetes model `test-model`). */
  readonly model?: Partial<ModelState> | undefined;
  /**
   * Whether each event runs on a new charm instance, as in production where
   * every hook is a new process (default true). Set false for legacy tests
   * that keep state in plain instance fields across events: one instance
   * (and its components) then handles every event, while each hook still
   * gets a fresh model and backend view, so what Juju sees is unchanged.
   */
  readonly freshCharmPerEvent?: boolean | undefined;
}
