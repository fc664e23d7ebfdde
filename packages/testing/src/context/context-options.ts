import type { CharmMeta } from '@jujuts/ops/internal';

/** Options of `new Context(CharmClass, options)`; everything is optional. */
export interface ContextOptions {
  /**
   * The charm's metadata, or the text of its charmcraft.yaml. When absent
   * it is read (once, for this Context) from `charmDir`, else from the
   * nearest charmcraft.yaml (or metadata.yaml) at or above the running test
   * file, else at or above `process.cwd()`.
   */
  readonly meta?: CharmMeta | string | undefined;
  /** The charm project directory to read metadata from. */
  readonly charmDir?: string | undefined;
  /** The application's name (default: the charm's name). */
  readonly appName?: string | undefined;
  /** This unit's number (default 0). */
  readonly unitId?: number | undefined;
  /** The Juju version the charm sees (default 3.6.1). */
  readonly jujuVersion?: string | undefined;
  /** Treat the consistency checker's warnings as errors. */
  readonly strict?: boolean | undefined;
}
