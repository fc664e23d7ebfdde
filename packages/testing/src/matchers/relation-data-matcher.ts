import type { State } from '../context';
import { requireShape, result, show, type MatcherResult, type MatcherThis } from './matcher-result';

/** Whose bag to look at: ours (`localUnit`, `localApp`), the remote app's, or a remote unit's by name. */
export type BagOwner = 'localUnit' | 'localApp' | 'remoteApp' | string;

type RelationLike = State['relations'][number];

function findRelation(state: State, which: string | number | { id: number }): RelationLike | string {
  const id = typeof which === 'object' ? which.id : which;
  const found = typeof id === 'number' ? state.relations.filter((r) => r.id === id) : state.relations.filter((r) => r.endpoint === id);
  const known = state.relations.map((r) => `${r.endpoint}:${r.id}`).join(', ') || 'none';
  if (found.length === 1 && found[0]) return found[0];
  if (found.length > 1) return `the State has ${found.length} relations on "${id}"; pass the relation or its id`;
  return `the State has no relation ${show(id)} (relations: ${known})`;
}

function bagOf(relation: RelationLike, owner: BagOwner): Readonly<Record<string, string>> | undefined {
  if (owner === 'localUnit') return relation.localUnitData;
  if (owner === 'localApp') return relation.localAppData;
  if (owner === 'remoteApp') return relation.remoteAppData;
  return relation.remoteUnits[owner];
}

/**
 * `expect(state).toHaveRelationData('db', 'localApp', { host: 'pg' })`: the
 * bag holds these keys with these values (other keys may be present). Use
 * `undefined` as a value to expect a key to be absent.
 */
export function toHaveRelationData(
  this: MatcherThis | void,
  received: unknown,
  relation: string | number | { id: number },
  owner: BagOwner,
  expected: Readonly<Record<string, string | undefined>>,
): MatcherResult {
  const state = requireShape<State>('toHaveRelationData', received, 'a State', (v) => typeof v === 'object' && v !== null && 'relations' in v);
  const found = findRelation(state, relation);
  if (typeof found === 'string') return result(false, found, `expected relation data, but ${found}`);
  const name = `${found.endpoint}:${found.id}`;
  const bag = bagOf(found, owner);
  if (!bag) {
    const units = Object.keys(found.remoteUnits).join(', ') || 'none';
    return result(false, '', `expected relation ${name} to have a ${owner} bag, but there is none (owners: localUnit, localApp, remoteApp, or a remote unit: ${units})`);
  }
  const diffs = Object.entries(expected)
    .filter(([k, v]) => bag[k] !== v)
    .map(([k, v]) => `  ${k}: expected ${v === undefined ? 'absent' : show(v)}, got ${bag[k] === undefined ? 'absent' : show(bag[k])}`);
  return result(
    diffs.length === 0,
    `expected relation ${name} ${owner} bag not to hold ${show(expected)}, but it does: ${show(bag)}`,
    `expected relation ${name} ${owner} bag to hold ${show(expected)}:\n${diffs.join('\n')}\nwhole bag: ${show(bag)}`,
  );
}
