import type {
  ConfigValue,
  JsonValue,
  NetworkInfo,
  PortSpec,
  SecretRotatePolicy,
  StatusName,
} from '@jujuts/ops/internal';

/** A relation databag: string keys to string values, as Juju stores them. */
export type Databag = Record<string, string>;

/** The model the unit lives in. */
export interface ModelState {
  name: string;
  uuid: string;
  type: 'kubernetes' | 'machine';
}

/** A status as Juju holds it. */
export interface StatusState {
  status: StatusName;
  message: string;
}

/** One relation of this unit, seen from this unit. */
export interface RelationState {
  /** Juju's relation id (the `3` of `db:3`). */
  id: number;
  /** Our endpoint name. */
  endpoint: string;
  interface: string;
  /** The remote application; for a peer relation, our own application. */
  remoteApp: string;
  /** Remote (or, for peers, the other peer) units and their bags. */
  remoteUnits: Record<string, Databag>;
  localUnitData: Databag;
  /** Our application's bag (for peers, the one bag every unit shares). */
  localAppData: Databag;
  /** The remote application's bag (unused for peers). */
  remoteAppData: Databag;
  peer: boolean;
  subordinate: boolean;
  /** The uuid of the model the remote side lives in (cross-model relations). */
  remoteModelUuid: string;
  /**
   * What `network-get ENDPOINT -r ID` reports for this relation when it has
   * a network of its own (a cross-model relation, or one bound to another
   * space); absent, the endpoint's binding answers. Juju sets it, never a hook.
   */
  network?: NetworkInfo | undefined;
}

/** One revision of a secret's content. */
export interface SecretRevisionState {
  revision: number;
  content: Record<string, string>;
}

/** A secret this unit can see: one it (or its app) owns, or one granted to it. */
export interface SecretState {
  /** `secret:<xid>` (a `secret://<model>/<xid>` form is accepted too). */
  id: string;
  /** Who owns it: our app, our unit, or absent when we only observe it. */
  owner?: 'app' | 'unit' | undefined;
  /** This unit's label for the secret. */
  label?: string | undefined;
  description?: string | undefined;
  /** Expiry as an RFC 3339 string. */
  expire?: string | undefined;
  rotate?: SecretRotatePolicy | undefined;
  /**
   * When Juju next fires secret-rotate, RFC 3339 (`secret-info-get`'s
   * `rotates`): set with a rotate policy other than `never`, moved on after
   * each rotation, absent otherwise.
   */
  rotates?: string | undefined;
  /** Every revision still stored, oldest first. */
  revisions: SecretRevisionState[];
  /** The revision this unit reads without `--refresh` or `--peek`. */
  trackedRevision: number;
  /** Owner only: relation id → app or unit names the secret is granted to. */
  grants: Record<string, string[]>;
}

/** A storage instance attached to this unit. */
export interface StorageState {
  name: string;
  index: number;
  location: string;
  kind: 'filesystem' | 'block';
}

/**
 * One unit's world as Juju sees it: plain JSON-serialisable data, the base
 * of the `State` used by Context/State tests and of the simulator's state
 * file. Build one with {@link createJujuState}.
 */
export interface JujuState {
  model: ModelState;
  /** This unit, for example `web/0`. */
  unitName: string;
  leader: boolean;
  /** Option → value; options without a value are absent. */
  config: Record<string, ConfigValue>;
  relations: RelationState[];
  secrets: SecretState[];
  openedPorts: PortSpec[];
  storages: StorageState[];
  /** Binding name → what `network-get` reports. */
  networks: Record<string, NetworkInfo>;
  /** Resource name → path of the fetched file. */
  resources: Record<string, string>;
  unitStatus: StatusState;
  appStatus: StatusState;
  workloadVersion: string;
  /** Juju's per-unit key/value store (`state-get`/`state-set`). */
  stateStore: Record<string, string>;
  /** How many units the application should have (`goal-state`). */
  plannedUnits: number;
  /** The cloud spec `credential-get` returns; absent for untrusted apps. */
  credential?: Record<string, JsonValue> | undefined;
  /** The running action's parameters; absent outside actions. */
  actionParams?: Record<string, JsonValue> | undefined;
}
