/**
 * Everything needed to rebuild an event object in a later dispatch: what
 * Juju put in the environment for it (or a custom event's data). Deferred
 * events are persisted as these.
 */
export interface EventSnapshot {
  /** The event kind's camelCase name (`relationChanged`), or `custom`. */
  readonly kind: string;
  /** The endpoint, container, storage or action name for scoped events. */
  readonly scope?: string | undefined;
  readonly relationId?: number | undefined;
  readonly remoteApp?: string | undefined;
  readonly remoteUnit?: string | undefined;
  readonly departingUnit?: string | undefined;
  readonly noticeId?: string | undefined;
  readonly noticeType?: string | undefined;
  readonly noticeKey?: string | undefined;
  readonly checkName?: string | undefined;
  readonly secretId?: string | undefined;
  readonly secretLabel?: string | undefined;
  readonly secretRevision?: number | undefined;
  readonly storageId?: string | undefined;
  /** For custom events: the emitting source's path (`WebCharm/db.databaseCreated`). */
  readonly source?: string | undefined;
  /** For custom events: the JSON data the event was emitted with. */
  readonly data?: unknown;
}

/** A stable key for an event snapshot, used to deduplicate deferred events. */
export function snapshotKey(snapshot: EventSnapshot): string {
  const entries = Object.entries(snapshot)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(entries);
}
