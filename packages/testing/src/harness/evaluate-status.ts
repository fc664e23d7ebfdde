import { CollectStatusEvent, StatusBase, type Framework } from '@jujuts/ops';

/**
 * Emits collect-app-status (leader only) and collect-unit-status and sets
 * the winning statuses, as the pipeline does at the end of every hook.
 */
export async function collectStatuses(framework: Framework): Promise<void> {
  const appHandlers = framework.handlersFor('collectAppStatus', undefined);
  if (appHandlers.length > 0 && framework.model.unit.isLeader()) {
    const event = new CollectStatusEvent(true);
    await framework.emit(event, appHandlers);
    const status = StatusBase.highestPriority(event.statuses);
    if (status) framework.model.app.status = status;
  }
  const unitHandlers = framework.handlersFor('collectUnitStatus', undefined);
  if (unitHandlers.length > 0) {
    const event = new CollectStatusEvent(false);
    await framework.emit(event, unitHandlers);
    const status = StatusBase.highestPriority(event.statuses);
    if (status) framework.model.unit.status = status;
  }
}
