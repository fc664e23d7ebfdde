import type { GoalState } from '@jujuts/ops/internal';
import type { JujuState } from './juju-state';

type Goal = { status: string };

/**
 * What `goal-state` reports for a state: this unit and its peers, padded to
 * `plannedUnits` (ops reads the planned unit count from it), and every
 * relation's remote app and units by endpoint.
 */
export function goalStateOf(state: JujuState, appName: string): GoalState {
  const names = new Set([state.unitName]);
  for (const relation of state.relations.filter((r) => r.peer)) {
    for (const unit of Object.keys(relation.remoteUnits)) names.add(unit);
  }
  for (let n = 0; names.size < state.plannedUnits; n++) names.add(`${appName}/${n}`);
  const units: Record<string, Goal> = {};
  for (const name of names) units[name] = { status: 'active' };
  const relations: Record<string, Record<string, Goal>> = {};
  for (const relation of state.relations) {
    const byName = (relations[relation.endpoint] ??= {});
    byName[relation.remoteApp] = { status: 'joined' };
    for (const unit of Object.keys(relation.remoteUnits)) byName[unit] = { status: 'active' };
  }
  return { units, relations };
}
