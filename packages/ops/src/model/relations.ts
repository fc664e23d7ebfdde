import { ModelError, TooManyRelatedAppsError } from '../errors';
import type { ModelCache } from './model-cache';
import { Relation } from './relation';

/**
 * The charm's relations by endpoint: `relations.get('db')` lists every live
 * relation of a declared endpoint (`relation-ids`, once per hook). The
 * relation being broken in this hook is left out, as in ops.
 */
export class Relations implements Iterable<[string, readonly Relation[]]> {
  // Made on first use: most hooks never touch it, and a Map per hook adds up over thousands of test hooks.
  private lists: Map<string, readonly Relation[]> | undefined;
  // Made on first use: most hooks never touch it, and a Map per hook adds up over thousands of test hooks.
  private byRef: Map<string, Relation> | undefined;

  constructor(private readonly cache: ModelCache) {}

  /** The declared endpoint names (requires, provides and peers). */
  keys(): string[] {
    return Object.keys(this.cache.meta.relations);
  }

  /** Whether `endpoint` is declared. */
  has(endpoint: string): boolean {
    return endpoint in this.cache.meta.relations;
  }

  /** The live relations of a declared endpoint; an undeclared name is a ModelError listing the declared ones. */
  get(endpoint: string): readonly Relation[] {
    this.assertDeclared(endpoint);
    let list = this.lists?.get(endpoint);
    if (!list) {
      const broken = this.brokenId(endpoint);
      list = Object.freeze(
        this.cache.backend
          .relationIds(endpoint)
          .filter((id) => id !== broken)
          .map((id) => this.relation(endpoint, id, true)),
      );
      (this.lists ??= new Map()).set(endpoint, list);
    }
    return list;
  }

  /**
   * One relation of `endpoint`: by id if given (a relation Juju no longer
   * lists, like the broken one, comes back inactive), else the only one or
   * undefined; several without an id is a {@link TooManyRelatedAppsError}.
   */
  getOne(endpoint: string, id?: number): Relation | undefined {
    const list = this.get(endpoint);
    if (id !== undefined) {
      if (!Number.isInteger(id)) throw new ModelError(`relation id must be an integer, got ${String(id)}`);
      return list.find((r) => r.id === id) ?? this.relation(endpoint, id, false);
    }
    if (list.length > 1) throw new TooManyRelatedAppsError(endpoint, list.length);
    return list[0];
  }

  /** `[endpoint, relations]` for every declared endpoint. */
  *[Symbol.iterator](): Iterator<[string, readonly Relation[]]> {
    for (const name of this.keys()) yield [name, this.get(name)];
  }

  private relation(endpoint: string, id: number, live: boolean): Relation {
    const key = `${endpoint}:${id}`;
    let rel = this.byRef?.get(key);
    if (!rel) {
      rel = new Relation(endpoint, id, this.cache, live);
      (this.byRef ??= new Map()).set(key, rel);
    }
    return rel;
  }

  private brokenId(endpoint: string): number | undefined {
    const { eventName, relationId, relationName } = this.cache.context;
    const isBroken = relationName === endpoint && eventName === `${endpoint}-relation-broken`;
    return isBroken ? relationId : undefined;
  }

  private assertDeclared(endpoint: string): void {
    if (!this.has(endpoint)) {
      throw new ModelError(
        `relation endpoint '${endpoint}' is not declared in the charm's metadata (declared: ${this.keys().join(', ') || 'none'})`,
      );
    }
  }
}
