import type { SimSecretSpec } from './sim-secret-spec';

/**
 * One simulated event, as given on the command line or as a step of a
 * `--scenario` file. Values given as text (`--param k=v`) are converted
 * with the charm's declared types; a scenario may give typed values.
 */
export interface SimStep {
  /** A hook name as Juju spells it: `install`, `db-relation-changed`, `web-pebble-ready`. */
  readonly event?: string | undefined;
  /** An action name (instead of `event`). */
  readonly action?: string | undefined;
  /** `endpoint:id`, `endpoint` or `id`; relations missing from the state are created. */
  readonly relation?: string | undefined;
  readonly remoteUnit?: string | undefined;
  /** The remote application of a relation created by this step (default: the remote unit's, or `remote`). */
  readonly remoteApp?: string | undefined;
  /** Data the remote unit publishes before the hook (merged into its bag). */
  readonly remoteUnitData?: Readonly<Record<string, string>> | undefined;
  /** Data the remote application publishes before the hook (merged into its bag). */
  readonly remoteAppData?: Readonly<Record<string, string>> | undefined;
  /** For relation-departed (default: the remote unit). */
  readonly departingUnit?: string | undefined;
  /** The container, for workload events (default: the one the hook names). */
  readonly workload?: string | undefined;
  readonly params?: Readonly<Record<string, unknown>> | undefined;
  /** Config to set before the hook (as `juju config` would). */
  readonly config?: Readonly<Record<string, unknown>> | undefined;
  readonly leader?: boolean | undefined;
  /** A secret id or label, for secret events. */
  readonly secret?: string | undefined;
  readonly secretRevision?: number | undefined;
  /** New content for `secret`: adds the secret (if unknown) or a new revision before the hook. */
  readonly secretContent?: Readonly<Record<string, string>> | undefined;
  /** A secret to put in the state before the hook (a scenario's `secret:` mapping); a secret event's secret. */
  readonly secretSpec?: SimSecretSpec | undefined;
  /** `name/index` or `name`, for storage events. */
  readonly storage?: string | undefined;
  /** The Pebble check, for check-failed / check-recovered. */
  readonly check?: string | undefined;
  /** The notice key, for custom-notice. */
  readonly noticeKey?: string | undefined;
}

/** The step's name in reports: `config-changed` or `action backup`. */
export function stepTitle(step: SimStep): string {
  return step.action !== undefined ? `action ${step.action}` : (step.event ?? '(no event)');
}
