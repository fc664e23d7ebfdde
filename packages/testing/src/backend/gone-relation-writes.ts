import {
  assertRelationChanges,
  droppedRelationWritesMessage,
  RelationNotFoundError,
  type RelationRef,
} from '@jujuts/ops/internal';
import type { FakeJuju } from '../juju/fake-juju';
import { knowsRelation, relationSet } from './relation-calls';

interface GoneBag {
  readonly rel: RelationRef;
  readonly isApp: boolean;
  readonly changes: Record<string, string>;
}

/**
 * The in-memory backend's relation writes. A write to a relation the fake
 * knows goes to it at once (it stays pending until the hook succeeds); one
 * to a relation the fake does not know is held until commit, as production
 * holds every write: production only learns a relation is gone when
 * `relation-set` fails at commit, and then drops that bag with a WARNING so
 * the hook and its other changes survive. Same outcome here.
 */
export class GoneRelationWrites {
  private readonly held = new Map<string, GoneBag>();

  constructor(private readonly juju: FakeJuju) {}

  /** `relation-set` now, or held for {@link GoneRelationWrites.flush} when the relation is unknown. */
  write(rel: RelationRef, changes: Readonly<Record<string, string>>, isApp: boolean): void {
    assertRelationChanges(rel, changes);
    if (knowsRelation(this.juju, rel)) return relationSet(this.juju, rel, changes, isApp);
    // Merged per bag, a later value for a key winning, as production merges its pending writes.
    const key = `${rel.endpoint}:${rel.id}:${isApp ? 'app' : 'unit'}`;
    const bag = this.held.get(key);
    if (bag) Object.assign(bag.changes, changes);
    else this.held.set(key, { rel: { endpoint: rel.endpoint, id: rel.id }, isApp, changes: { ...changes } });
  }

  /**
   * Sends each held bag's `relation-set` (recorded, as production runs it);
   * a relation still unknown drops its bag with production's WARNING line.
   * Any other refusal fails the hook, as it would in production.
   */
  flush(): void {
    const bags = [...this.held.values()];
    this.held.clear();
    for (const bag of bags) {
      try {
        relationSet(this.juju, bag.rel, bag.changes, bag.isApp);
      } catch (err) {
        if (!(err instanceof RelationNotFoundError)) throw err;
        this.juju.log('WARNING', droppedRelationWritesMessage(bag.rel, bag.isApp, Object.keys(bag.changes)));
      }
    }
  }
}
