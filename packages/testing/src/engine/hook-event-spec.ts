/**
 * The event a test (or the simulator) dispatches, as Juju would describe it
 * in the environment. Only `path` is required: `hooks/install`,
 * `hooks/db-relation-changed`, `actions/backup`.
 */
export interface HookEventSpec {
  /** `JUJU_DISPATCH_PATH`. */
  readonly path: string;
  readonly relationId?: number | undefined;
  readonly relationName?: string | undefined;
  readonly remoteApp?: string | undefined;
  readonly remoteUnit?: string | undefined;
  readonly departingUnit?: string | undefined;
  readonly workloadName?: string | undefined;
  readonly noticeId?: string | undefined;
  readonly noticeType?: string | undefined;
  readonly noticeKey?: string | undefined;
  readonly checkName?: string | undefined;
  readonly secretId?: string | undefined;
  readonly secretLabel?: string | undefined;
  readonly secretRevision?: number | undefined;
  readonly storageId?: string | undefined;
  readonly actionUuid?: string | undefined;
  /** Action parameters (the simulator writes them where `action-get` reads). */
  readonly params?: Readonly<Record<string, unknown>> | undefined;
}
