import type { CharmClass, CharmMeta, ConfigValue } from '@jujuts/ops';

/** One side of the contract: a charm class and where its metadata is. */
export interface CharmUnderTest {
  /** The charm class (`main(MyCharm)`'s argument). */
  readonly charm: CharmClass;
  /** Its metadata, or the text of its charmcraft.yaml; default: read from `charmDir` or the nearest charmcraft.yaml above the test file. */
  readonly meta?: CharmMeta | string | undefined;
  /** The charm project directory to read metadata from. */
  readonly charmDir?: string | undefined;
  /** The endpoint speaking `database` (default `database`). */
  readonly endpoint?: string | undefined;
  /** Config values the charm needs to take part (over the declared defaults). */
  readonly config?: Readonly<Record<string, ConfigValue>> | undefined;
}

/**
 * What {@link describeDatabaseContract} checks: the given provider and/or
 * requirer; a side left out is played by the library's reference charm.
 */
export interface DatabaseContractOptions {
  readonly provider?: CharmUnderTest | undefined;
  readonly requirer?: CharmUnderTest | undefined;
}
