/**
 * Pebble's data types with Pebble's own field names (kebab-case where Pebble
 * uses it), so a layer written here is byte-for-byte the YAML/JSON Pebble reads.
 */

/** How a layer entry combines with the same-named entry of earlier layers. */
export type Override = 'merge' | 'replace';

/** When Pebble starts a service: `enabled` services start on autostart/replan. */
export type ServiceStartup = 'enabled' | 'disabled' | '';

/** What Pebble does when a service exits or a check fails. */
export type ServiceAction = 'restart' | 'shutdown' | 'ignore' | 'failure-shutdown' | 'success-shutdown' | '';

/** A service entry of a layer or plan. */
export interface Service {
  override?: Override;
  summary?: string;
  description?: string;
  startup?: ServiceStartup;
  command?: string;
  after?: string[];
  before?: string[];
  requires?: string[];
  environment?: Record<string, string>;
  user?: string;
  'user-id'?: number;
  group?: string;
  'group-id'?: number;
  'working-dir'?: string;
  'on-success'?: ServiceAction;
  'on-failure'?: ServiceAction;
  'on-check-failure'?: Record<string, ServiceAction>;
  'backoff-delay'?: string;
  'backoff-factor'?: number;
  'backoff-limit'?: string;
  'kill-delay'?: string;
}

/** Check levels: `alive` failures restart services, `ready` failures only report. */
export type CheckLevel = 'alive' | 'ready' | '';

/** An HTTP check: up when a GET returns 2xx. */
export interface HttpCheck {
  url?: string;
  headers?: Record<string, string>;
}

/** A TCP check: up when a connection opens. */
export interface TcpCheck {
  port?: number;
  host?: string;
}

/** An exec check: up when the command exits 0. */
export interface ExecCheck {
  command?: string;
  'service-context'?: string;
  environment?: Record<string, string>;
  user?: string;
  'user-id'?: number;
  group?: string;
  'group-id'?: number;
  'working-dir'?: string;
}

/** A health check entry of a layer or plan. */
export interface Check {
  override?: Override;
  level?: CheckLevel;
  startup?: ServiceStartup;
  period?: string;
  timeout?: string;
  threshold?: number;
  http?: HttpCheck;
  tcp?: TcpCheck;
  exec?: ExecCheck;
}

/** A log forwarding target entry of a layer or plan. */
export interface LogTarget {
  override?: Override;
  type?: 'loki' | 'opentelemetry' | 'syslog' | '';
  location?: string;
  services?: string[];
  labels?: Record<string, string>;
}

/** One configuration layer, as passed to `addLayer`. */
export interface Layer {
  summary?: string;
  description?: string;
  services?: Record<string, Service>;
  checks?: Record<string, Check>;
  'log-targets'?: Record<string, LogTarget>;
}

/** The combined configuration of all layers (`GET /v1/plan`). */
export interface Plan {
  services: Record<string, Service>;
  checks: Record<string, Check>;
  'log-targets': Record<string, LogTarget>;
}

/** A layer together with the label and order Pebble knows it by. */
export interface LabelledLayer {
  label: string;
  order: number;
  layer: Layer;
}

/** A service's current state. */
export type ServiceStatus = 'active' | 'inactive' | 'error' | 'backoff';

/** `GET /v1/services` entry. */
export interface ServiceInfo {
  name: string;
  startup: ServiceStartup;
  current: ServiceStatus;
  /** When `current` last changed (Pebble's `current-since`); absent for a service that never ran, or from an older Pebble. */
  currentSince?: Date | undefined;
}

/** A check's current state. */
export type CheckStatus = 'up' | 'down' | 'inactive';

/** `GET /v1/checks` entry. */
export interface CheckInfo {
  name: string;
  level: CheckLevel;
  status: CheckStatus;
  failures: number;
  /** Successes in a row, when Pebble reports it (newer versions). */
  successes?: number;
  threshold: number;
  startup: ServiceStartup;
  /** The id of the change running the check, when Pebble reports one. */
  changeId?: string;
}

/** File types Pebble reports. */
export type FileType = 'file' | 'directory' | 'symlink' | 'socket' | 'named-pipe' | 'device' | 'unknown';

/** `GET /v1/files?action=list` entry. */
export interface FileInfo {
  path: string;
  name: string;
  type: FileType;
  /** Size in bytes (files only). */
  size?: number;
  /** Permission bits, for example 0o644. */
  permissions: number;
  lastModified: Date;
  userId?: number;
  user?: string;
  groupId?: number;
  group?: string;
}

/** Status of a change or task. */
export type ChangeStatus = 'Hold' | 'Do' | 'Doing' | 'Done' | 'Abort' | 'Undo' | 'Undoing' | 'Undone' | 'Error' | 'Wait';

/** One step of a change. */
export interface Task {
  id: string;
  kind: string;
  summary: string;
  status: ChangeStatus;
  log: string[];
  progress: { label: string; done: number; total: number };
  spawnTime: Date;
  readyTime?: Date;
  data?: Record<string, unknown>;
}

/** A unit of work Pebble does asynchronously (start services, exec, …). */
export interface Change {
  id: string;
  kind: string;
  summary: string;
  status: ChangeStatus;
  tasks: Task[];
  ready: boolean;
  err?: string;
  spawnTime: Date;
  readyTime?: Date;
  data?: Record<string, unknown>;
}

/** Which changes `getChanges` lists. */
export type ChangeState = 'all' | 'in-progress' | 'ready';

/** A Pebble warning. */
export interface Warning {
  message: string;
  firstAdded: Date;
  lastAdded: Date;
  lastShown?: Date;
  expireAfter: string;
  repeatAfter: string;
}

/** Notice types Pebble records. */
export type NoticeType = 'custom' | 'change-update' | 'warning' | 'check-failed' | 'check-recovered';

/** A Pebble notice: something that happened, deduplicated by type and key. */
export interface Notice {
  id: string;
  userId?: number | null;
  type: NoticeType | string;
  key: string;
  firstOccurred: Date;
  lastOccurred: Date;
  lastRepeated: Date;
  occurrences: number;
  lastData: Record<string, string>;
  repeatAfter?: string;
  expireAfter?: string;
}

/** Which notices `getNotices` returns; every field narrows the result. */
export interface NoticesFilter {
  /** `'all'` for every user's notices (admin only in real Pebble). */
  users?: 'all';
  userId?: number;
  types?: string[];
  keys?: string[];
  /** Only notices repeated after this time. */
  after?: Date;
}

/** `GET /v1/system-info`. */
export interface SystemInfo {
  version: string;
  bootId?: string;
}

/** One line of a service's logs. */
export interface LogEntry {
  time: Date;
  service: string;
  message: string;
}
