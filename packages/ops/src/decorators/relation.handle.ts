import type * as E from '../framework';
import type { DataClass, ScopeResolver } from '../framework/handler-record';
import { checkScope, handlerDecorator, scopeLabel, type HandlerDecorator } from './handler-decorator';

/** The databag classes of an endpoint, for typed accessors on its events. */
export interface RelationDataClasses<A extends object, U extends object> {
  /** The remote application's databag class. */
  readonly app?: DataClass<A> | undefined;
  /** The remote units' databag class. */
  readonly unit?: DataClass<U> | undefined;
}

/** Decorators for one relation endpoint's events. */
export interface RelationHandle<A extends object = object, U extends object = object> {
  /** The endpoint name (or resolver). */
  readonly name: ScopeResolver;
  /** The declared databag classes. */
  readonly classes: RelationDataClasses<A, U>;
  /** `<endpoint>-relation-created`. */ readonly created: HandlerDecorator<E.RelationCreatedEvent<A, U>>;
  /** `<endpoint>-relation-joined`. */ readonly joined: HandlerDecorator<E.RelationJoinedEvent<A, U>>;
  /** `<endpoint>-relation-changed`. */ readonly changed: HandlerDecorator<E.RelationChangedEvent<A, U>>;
  /** `<endpoint>-relation-departed`. */ readonly departed: HandlerDecorator<E.RelationDepartedEvent<A, U>>;
  /** `<endpoint>-relation-broken`. */ readonly broken: HandlerDecorator<E.RelationBrokenEvent<A, U>>;
}

const EVENTS = { created: 'relationCreated', joined: 'relationJoined', changed: 'relationChanged', departed: 'relationDeparted', broken: 'relationBroken' } as const;

function makeHandle<A extends object, U extends object>(name: ScopeResolver, classes: RelationDataClasses<A, U>): RelationHandle<A, U> {
  checkScope(`relation(${scopeLabel(name)})`, name);
  const handle: Record<string, unknown> = { name, classes };
  for (const [prop, event] of Object.entries(EVENTS)) {
    handle[prop] = handlerDecorator({ event, scope: name, dataClasses: classes, decorator: `@relation(${scopeLabel(name)}).${prop}` });
  }
  return Object.freeze(handle) as unknown as RelationHandle<A, U>;
}

/** Static forms: `@relation.joined('db')`. */
export interface RelationFactory {
  /**
   * An endpoint handle. Keep it in a constant and decorate with its members
   * (`@db.joined`); TypeScript does not allow `@relation('db').joined`.
   *
   * @example
   * ```ts
   * const db = relation('db', { app: DbAppData });
   * class MyCharm extends CharmBase {
   *   @db.changed
   *   onDb(e: RelationChangedEvent<DbAppData>) { const data = e.loadAppData(); }
   * }
   * ```
   */
  <A extends object = object, U extends object = object>(name: ScopeResolver, classes?: RelationDataClasses<A, U>): RelationHandle<A, U>;
  /** `@relation.created('db')`. */ created(name: ScopeResolver): HandlerDecorator<E.RelationCreatedEvent>;
  /** `@relation.joined('db')`. */ joined(name: ScopeResolver): HandlerDecorator<E.RelationJoinedEvent>;
  /** `@relation.changed('db')`. */ changed(name: ScopeResolver): HandlerDecorator<E.RelationChangedEvent>;
  /** `@relation.departed('db')`. */ departed(name: ScopeResolver): HandlerDecorator<E.RelationDepartedEvent>;
  /** `@relation.broken('db')`. */ broken(name: ScopeResolver): HandlerDecorator<E.RelationBrokenEvent>;
}

/** Relation endpoint handles. See {@link RelationFactory}. */
export const relation: RelationFactory = Object.assign(
  <A extends object = object, U extends object = object>(name: ScopeResolver, classes: RelationDataClasses<A, U> = {}) => makeHandle(name, classes),
  {
    created: (name: ScopeResolver) => makeHandle(name, {}).created,
    joined: (name: ScopeResolver) => makeHandle(name, {}).joined,
    changed: (name: ScopeResolver) => makeHandle(name, {}).changed,
    departed: (name: ScopeResolver) => makeHandle(name, {}).departed,
    broken: (name: ScopeResolver) => makeHandle(name, {}).broken,
  },
);
