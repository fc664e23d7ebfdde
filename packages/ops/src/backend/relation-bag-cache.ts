import type { RelationRef } from './backend-types';

/** A databag's identity: relation, member (unit or app name) and whether it is the app bag. */
export interface BagKey {
  readonly rel: RelationRef;
  readonly member: string;
  readonly isApp: boolean;
}

/** A bag with changes waiting for {@link RelationBagCache.takePending}. */
export interface PendingBag {
  readonly rel: RelationRef;
  readonly isApp: boolean;
  readonly member: string;
  readonly changes: Readonly<Record<string, string>>;
}

const keyOf = (k: BagKey): string => `${k.rel.endpoint}:${k.rel.id}\u0000${k.isApp ? 'app' : 'unit'}\u0000${k.member}`;

/**
 * Relation data read during one hook, plus our own writes not yet sent.
 * Reads see the fetched bag overlaid with pending writes, where an empty
 * string is a deletion, exactly what Juju will hold once the hook commits.
 */
export class RelationBagCache {
  private readonly fetched = new Map<string, Record<string, string>>();
  private readonly pending = new Map<string, { key: BagKey; changes: Record<string, string> }>();

  /** The bag as the charm should see it, or undefined if it was never fetched. */
  read(key: BagKey): Record<string, string> | undefined {
    const base = this.fetched.get(keyOf(key));
    if (base === undefined) return undefined;
    const changes = this.pending.get(keyOf(key))?.changes ?? {};
    const view: Record<string, string> = { ...base };
    for (const [k, v] of Object.entries(changes)) {
      if (v === '') delete view[k];
      else view[k] = v;
    }
    return view;
  }

  /** Remembers a bag as Juju returned it. */
  store(key: BagKey, data: Readonly<Record<string, string>>): void {
    this.fetched.set(keyOf(key), { ...data });
  }

  /** Merges changes into the bag's pending writes (later values win). */
  write(key: BagKey, changes: Readonly<Record<string, string>>): void {
    const id = keyOf(key);
    const entry = this.pending.get(id) ?? { key, changes: {} };
    Object.assign(entry.changes, changes);
    this.pending.set(id, entry);
  }

  /** Every bag with pending writes, in the order first written. */
  pendingBags(): PendingBag[] {
    return [...this.pending.values()].map(({ key, changes }) => ({ ...key, changes: { ...changes } }));
  }

  /** Marks one bag's pending writes as sent: they become part of the fetched data. */
  markSent(key: BagKey): void {
    const id = keyOf(key);
    const view = this.read(key);
    if (view !== undefined) this.fetched.set(id, view);
    this.pending.delete(id);
  }
}
