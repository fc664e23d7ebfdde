import type { RelationRef } from '@jujuts/ops/internal';
import type { HookScope } from './hook-scope';
import { JujuError, PERMISSION_DENIED, relationNotFound } from './juju-error';
import type { Databag, JujuState, RelationState } from './juju-state';
import { checkStringValues } from './string-values';

/** A relation as a command names it: `{endpoint, id}` (endpoint checked) or a bare id. */
export type RelationTarget = RelationRef | number;

/** Find a relation, failing as `-r` does for an unknown id or an id of another endpoint. */
export function findRelation(state: Pick<JujuState, 'relations'>, target: RelationTarget): RelationState {
  const id = typeof target === 'number' ? target : target.id;
  const found = state.relations.find((r) => r.id === id);
  if (!found || (typeof target !== 'number' && target.endpoint !== found.endpoint)) {
    throw relationNotFound(typeof target === 'number' ? String(id) : `${target.endpoint}:${id}`);
  }
  return found;
}

/**
 * Juju's relation commands with its access rules: a unit writes only its own
 * bag, and its app's bag only as leader; outside peer relations only the
 * leader may read its own app's bag; remote bags are read-only.
 */
export class FakeRelations {
  constructor(private readonly scope: HookScope) {}

  /** `relation-ids ENDPOINT`. */
  ids(endpoint: string): number[] {
    return this.scope
      .view()
      .relations.filter((r) => r.endpoint === endpoint)
      .map((r) => r.id);
  }

  /** `relation-list -r`: remote units, without the one departing in this hook (none when broken). */
  list(target: RelationTarget): string[] {
    const relation = findRelation(this.scope.view(), target);
    if (relation.id === this.scope.hook.brokenRelationId) return [];
    return Object.keys(relation.remoteUnits).filter((u) => u !== this.scope.hook.departingUnit);
  }

  /** `relation-list -r --app`. */
  remoteApp(target: RelationTarget): string {
    return findRelation(this.scope.view(), target).remoteApp;
  }

  /** `relation-model-get -r`. */
  modelUuid(target: RelationTarget): string {
    return findRelation(this.scope.view(), target).remoteModelUuid;
  }

  /** `relation-get -r - MEMBER` (or `--app - APP`): a copy of the whole bag. */
  get(target: RelationTarget, member: string, isApp: boolean): Databag {
    const relation = findRelation(this.scope.view(), target);
    return { ...(isApp ? this.appBag(relation, member) : this.unitBag(relation, member)) };
  }

  /** `relation-set -r [--app]`: pending until the hook succeeds; `''` deletes a key. */
  set(target: RelationTarget, changes: Readonly<Record<string, string>>, isApp: boolean): void {
    findRelation(this.scope.view(), target);
    checkStringValues(changes, 'relation settings');
    if (isApp && !this.scope.view().leader) throw new JujuError(PERMISSION_DENIED);
    const relation = findRelation({ relations: this.scope.writable('relations') }, target);
    const bag = isApp ? relation.localAppData : relation.localUnitData;
    for (const [key, value] of Object.entries(changes)) {
      if (value === '') delete bag[key];
      else bag[key] = value;
    }
  }

  private appBag(relation: RelationState, app: string): Databag {
    if (app === this.scope.appName) {
      if (!relation.peer && !this.scope.view().leader) throw new JujuError(PERMISSION_DENIED);
      return relation.localAppData;
    }
    if (!relation.peer && app === relation.remoteApp) return relation.remoteAppData;
    throw new JujuError(
      `cannot read settings for application "${app}" in relation "${relation.endpoint}:${relation.id}": application is not in the relation`,
    );
  }

  private unitBag(relation: RelationState, unit: string): Databag {
    if (unit === this.scope.unitName) return relation.localUnitData;
    const bag = relation.remoteUnits[unit];
    if (bag) return bag;
    throw new JujuError(
      `cannot read settings for unit "${unit}" in relation "${relation.endpoint}:${relation.id}": unit "${unit}": settings not found`,
    );
  }
}
