import type { StatusBase } from '../model';
import { CollectStatusEvent } from './events/collect-status-event';
import type { Framework } from './framework';

/** Juju's order of severity: the first in this list that was added wins. */
const PRIORITY = ['error', 'blocked', 'maintenance', 'waiting', 'active', 'unknown'];

/** The status that wins among several (error > blocked > maintenance > waiting > active). */
export function highestPriorityStatus(statuses: readonly StatusBase[]): StatusBase | undefined {
  let best: StatusBase | undefined;
  for (const s of statuses) {
    if (!best || PRIORITY.indexOf(s.name) < PRIORITY.indexOf(best.name)) best = s;
  }
  return best;
}

/**
 * Emits collect-unit-status (and collect-app-status on the leader) and sets
 * the winning status once, as ops's `_evaluate_status` does after every hook.
 * Leadership is only asked for when the charm has app-status handlers.
 */
export async function evaluateStatus(framework: Framework): Promise<void> {
  const unitHandlers = framework.handlersFor('collectUnitStatus', undefined);
  const appHandlers = framework.handlersFor('collectAppStatus', undefined);
  if (appHandlers.length > 0 && framework.model.unit.isLeader()) {
    const event = new CollectStatusEvent(true);
    await framework.emit(event, appHandlers);
    const status = highestPriorityStatus(event.statuses);
    if (status) framework.model.app.status = status;
  }
  if (unitHandlers.length > 0) {
    const event = new CollectStatusEvent(false);
    await framework.emit(event, unitHandlers);
    const status = highestPriorityStatus(event.statuses);
    if (status) framework.model.unit.status = status;
  }
}
