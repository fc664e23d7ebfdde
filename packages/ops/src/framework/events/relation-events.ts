import type { Application, Relation, Unit } from '../../model';
import type { EventKind } from '../event-table';
import type { EventSnapshot } from '../event-snapshot';
import { HookEvent } from './hook-event';

/** What a relation event is about, resolved against the model. */
export interface RelationEventInit {
  readonly relation: Relation;
  readonly app: Application | undefined;
  readonly unit: Unit | undefined;
  readonly departingUnit?: Unit | undefined;
}

/**
 * Base of the relation events. `TApp` and `TUnit` are the databag classes an
 * endpoint handle declared (`relation('db', { app: DbAppData })`), so the
 * typed accessors return them.
 */
export abstract class RelationEvent<TApp extends object = object, TUnit extends object = object> extends HookEvent {
  /** The relation the event is about. */
  readonly relation: Relation;
  /** The remote application (undefined only if Juju did not say). */
  readonly app: Application | undefined;
  /** The remote unit that triggered the event (undefined for created/broken and app-only changes). */
  readonly unit: Unit | undefined;
  /** @internal The databag classes declared on the endpoint handle. */
  dataClasses: { app?: new () => TApp; unit?: new () => TUnit } = {};

  constructor(snapshot: EventSnapshot, kind: EventKind, init: RelationEventInit) {
    super(snapshot, kind);
    this.relation = init.relation;
    this.app = init.app;
    this.unit = init.unit;
  }

  /**
   * The remote application's databag as the class declared on the endpoint
   * handle, validated. Throws `RelationDataError` naming the field and rule.
   */
  loadAppData(): TApp {
    const cls = this.dataClasses.app;
    if (!cls || !this.app) throw new Error(`${this.displayName}: no app databag class declared on relation('${this.relation.name}', { app })`);
    return this.relation.load(cls, this.app);
  }

  /** The remote unit's databag as the class declared on the endpoint handle, validated. */
  loadUnitData(): TUnit {
    const cls = this.dataClasses.unit;
    if (!cls || !this.unit) throw new Error(`${this.displayName}: no remote unit, or no unit databag class declared on relation('${this.relation.name}', { unit })`);
    return this.relation.load(cls, this.unit);
  }
}

/** `<endpoint>-relation-created`: a relation was established (before any unit joined). */
export class RelationCreatedEvent<A extends object = object, U extends object = object> extends RelationEvent<A, U> {
  readonly kind = 'relation-created' as const;
}
/** `<endpoint>-relation-joined`: a remote unit joined. */
export class RelationJoinedEvent<A extends object = object, U extends object = object> extends RelationEvent<A, U> {
  readonly kind = 'relation-joined' as const;
}
/** `<endpoint>-relation-changed`: a remote databag changed (or a unit just joined). */
export class RelationChangedEvent<A extends object = object, U extends object = object> extends RelationEvent<A, U> {
  readonly kind = 'relation-changed' as const;
}
/** `<endpoint>-relation-departed`: a remote unit is leaving; its bag is still readable in this hook. */
export class RelationDepartedEvent<A extends object = object, U extends object = object> extends RelationEvent<A, U> {
  readonly kind = 'relation-departed' as const;
  /** The unit that is leaving (may be this unit). */
  readonly departingUnit: Unit | undefined;
  constructor(snapshot: EventSnapshot, kind: EventKind, init: RelationEventInit) {
    super(snapshot, kind, init);
    this.departingUnit = init.departingUnit;
  }
}
/** `<endpoint>-relation-broken`: the relation is gone; it no longer appears in `model.relations`. */
export class RelationBrokenEvent<A extends object = object, U extends object = object> extends RelationEvent<A, U> {
  readonly kind = 'relation-broken' as const;
}
