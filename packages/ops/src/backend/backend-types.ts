/**
 * Plain data types exchanged with a {@link ModelBackend}. They keep Juju's
 * vocabulary (status names, port strings, secret fields) but camelCase keys.
 */

/** A relation as Juju names it on the wire: `<endpoint>:<id>`, for example `db:3`. */
export interface RelationRef {
  /** The endpoint name from metadata, for example `db`. */
  readonly endpoint: string;
  /** Juju's relation id. */
  readonly id: number;
}

/** Every status name Juju knows. Charms may set only the first four. */
export type StatusName = 'active' | 'blocked' | 'maintenance' | 'waiting' | 'unknown' | 'error';

/** A status as `status-get` reports it. */
export interface StatusPayload {
  readonly status: StatusName;
  readonly message: string;
}

/** `status-get --application`: the application's status and each unit's. */
export interface AppStatusPayload extends StatusPayload {
  readonly units: Readonly<Record<string, StatusPayload>>;
}

/** Juju log levels accepted by `juju-log --log-level`. */
export type JujuLogLevel = 'TRACE' | 'DEBUG' | 'INFO' | 'WARNING' | 'ERROR' | 'CRITICAL';

/** Protocols `open-port` accepts. */
export type PortProtocol = 'tcp' | 'udp' | 'icmp';

/** An opened port or range: `80/tcp` is `{protocol:'tcp', port:80}`, `icmp` has no port. */
export interface PortSpec {
  readonly protocol: PortProtocol;
  /** First port; undefined for icmp. */
  readonly port?: number | undefined;
  /** Last port of a range (inclusive); undefined for a single port. */
  readonly toPort?: number | undefined;
}

/** One address of a bind interface, from `network-get`. */
export interface NetworkAddress {
  readonly value: string;
  readonly cidr: string;
  readonly hostname?: string | undefined;
}

/** One interface from `network-get`'s `bind-addresses`. */
export interface BindAddress {
  readonly macAddress: string;
  readonly interfaceName: string;
  readonly addresses: readonly NetworkAddress[];
}

/** `network-get BINDING` parsed. */
export interface NetworkInfo {
  readonly bindAddresses: readonly BindAddress[];
  readonly ingressAddresses: readonly string[];
  readonly egressSubnets: readonly string[];
}

/** `storage-get` for one storage instance. */
export interface StorageDetails {
  readonly kind: string;
  readonly location: string;
}

/** Rotation policies Juju accepts for `--rotate`. */
export type SecretRotatePolicy = 'never' | 'hourly' | 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'yearly';

/** Who owns a charm secret. */
export type SecretOwner = 'application' | 'unit';

/** Options for `secret-add` / `secret-set`. */
export interface SecretFields {
  readonly label?: string | undefined;
  readonly description?: string | undefined;
  /** Absolute expiry time. */
  readonly expire?: Date | undefined;
  readonly rotate?: SecretRotatePolicy | undefined;
}

/** `secret-info-get` for one secret (owner only). */
export interface SecretInfoPayload {
  readonly id: string;
  readonly label?: string | undefined;
  readonly description?: string | undefined;
  readonly expiry?: Date | undefined;
  readonly rotation?: SecretRotatePolicy | undefined;
  readonly rotates?: Date | undefined;
  readonly revision: number;
}

/** Which secret to read: by id, by label, or both (which attaches the label). */
export interface SecretQuery {
  readonly id?: string | undefined;
  readonly label?: string | undefined;
}

/** `goal-state` parsed: what Juju expects the model to become. */
export interface GoalState {
  readonly units: Readonly<Record<string, { readonly status: string; readonly since?: string | undefined }>>;
  readonly relations: Readonly<
    Record<string, Readonly<Record<string, { readonly status: string; readonly since?: string | undefined }>>>
  >;
}

/** A JSON value as hook commands print it. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Config values as `config-get` returns them (secret options as `secret:` ids). */
export type ConfigValue = boolean | number | string;
