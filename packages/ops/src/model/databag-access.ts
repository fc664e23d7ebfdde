import { RelationDataAccessError } from '../errors';

/** Whose bag a databag is, seen from this unit. */
export type BagOwner = 'our-unit' | 'our-app' | 'remote-unit' | 'remote-app';

/** What the access rules need to know about one databag. */
export interface BagAccess {
  /** The relation, as `db:3`. */
  readonly relation: string;
  /** The bag, as `web/0` or `web app`. */
  readonly bag: string;
  readonly owner: BagOwner;
  readonly isPeer: boolean;
  /** This unit's name, for messages. */
  readonly ourUnit: string;
  /** Asked only when the answer matters (our app's bag). */
  readonly isLeader: () => boolean;
}

/**
 * Juju's read rule: every unit bag and the remote app bag are readable; our
 * own app bag only by the leader, or by anyone on a peer relation.
 */
export function assertCanRead(a: BagAccess): void {
  if (a.owner !== 'our-app' || a.isPeer || a.isLeader()) return;
  throw new RelationDataAccessError(
    `relation ${a.relation}: cannot read the ${a.bag} bag: outside peer relations only the leader may read its own application's bag, and ${a.ourUnit} is not the leader`,
  );
}

/**
 * Juju's write rule: our unit bag always; our app bag on the leader only;
 * remote bags never.
 */
export function assertCanWrite(a: BagAccess): void {
  if (a.owner === 'our-unit') return;
  if (a.owner === 'our-app') {
    if (a.isLeader()) return;
    throw new RelationDataAccessError(
      `relation ${a.relation}: cannot write the ${a.bag} bag: only the leader may write its application's bag, and ${a.ourUnit} is not the leader`,
    );
  }
  throw new RelationDataAccessError(
    `relation ${a.relation}: cannot write the ${a.bag} bag: remote bags are read-only; write this unit's bag (${a.ourUnit}) or, on the leader, its application's bag`,
  );
}
