/**
 * The charm's metadata, read once from charmcraft.yaml (or the legacy
 * metadata.yaml + config.yaml + actions.yaml) and shared by the runtime, the
 * decorator validation, the testing engine and the CLI. Keys are camelCase;
 * names (endpoints, options, actions) keep Juju's spelling.
 */

/** A relation endpoint from `requires`, `provides` or `peers`. */
export interface RelationMeta {
  readonly name: string;
  readonly role: 'requires' | 'provides' | 'peers';
  readonly interface: string;
  readonly limit?: number | undefined;
  readonly scope: 'global' | 'container';
  readonly optional: boolean;
}

/** A mount of a storage into a container. */
export interface ContainerMountMeta {
  readonly storage: string;
  readonly location?: string | undefined;
}

/** A workload container (Kubernetes sidecar). */
export interface ContainerMeta {
  readonly name: string;
  readonly resource?: string | undefined;
  readonly bases?: readonly Readonly<Record<string, unknown>>[] | undefined;
  readonly mounts: readonly ContainerMountMeta[];
}

/** A storage declaration. */
export interface StorageMeta {
  readonly name: string;
  readonly type: 'filesystem' | 'block';
  readonly description?: string | undefined;
  readonly location?: string | undefined;
  readonly shared: boolean;
  readonly readOnly: boolean;
  /** `multiple.range` as min and max (max undefined = unbounded). */
  readonly multiple?: { readonly min: number; readonly max?: number | undefined } | undefined;
  readonly minimumSize?: string | undefined;
  readonly properties: readonly string[];
}

/** A resource declaration. */
export interface ResourceMeta {
  readonly name: string;
  readonly type: 'file' | 'oci-image';
  readonly filename?: string | undefined;
  readonly description?: string | undefined;
}

/** Juju config option types. */
export type ConfigOptionType = 'string' | 'int' | 'float' | 'boolean' | 'secret';

/** One entry of `config.options`. */
export interface ConfigOptionMeta {
  readonly name: string;
  readonly type: ConfigOptionType;
  readonly default?: boolean | number | string | undefined;
  readonly description?: string | undefined;
}

/** One entry of `actions`. `params` is a JSON schema `properties` object. */
export interface ActionMeta {
  readonly name: string;
  readonly description?: string | undefined;
  readonly params: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly required: readonly string[];
  readonly additionalProperties: boolean;
  readonly executionGroup?: string | undefined;
  readonly parallel: boolean;
}

/** Everything jujuts needs to know about a charm. */
export interface CharmMeta {
  readonly name: string;
  readonly summary?: string | undefined;
  readonly description?: string | undefined;
  readonly subordinate: boolean;
  readonly assumes: readonly unknown[];
  /** Every endpoint by name (requires, provides and peers together). */
  readonly relations: Readonly<Record<string, RelationMeta>>;
  readonly containers: Readonly<Record<string, ContainerMeta>>;
  readonly storages: Readonly<Record<string, StorageMeta>>;
  readonly resources: Readonly<Record<string, ResourceMeta>>;
  readonly extraBindings: readonly string[];
  readonly config: Readonly<Record<string, ConfigOptionMeta>>;
  readonly actions: Readonly<Record<string, ActionMeta>>;
}
