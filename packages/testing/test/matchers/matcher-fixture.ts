import { container, createState, relation, type State, type StateInput } from '../../src/context';

/** A State with statuses, a relation and a container, for matcher tests. */
export function matcherState(extra: StateInput = {}): State {
  return createState({
    unitStatus: { status: 'active', message: 'ready' },
    appStatus: { status: 'blocked', message: 'needs db' },
    relations: [relation('db', { id: 41, remoteApp: 'pg', localAppData: { host: 'web', port: '80' }, remoteAppData: { user: 'u' }, remoteUnits: { 'pg/0': { a: '1' } } })],
    containers: [
      container('web', {
        layers: { base: { services: { nginx: { override: 'replace', command: 'nginx' }, cron: { override: 'replace', command: 'cron' }, idle: { override: 'replace', command: 'x' } } } },
        serviceStatuses: { nginx: 'active', cron: 'error' },
      }),
    ],
    deferred: [{ event: { kind: 'relationChanged', scope: 'db', relationId: 41 }, handler: 'WebCharm.onDb' }, { event: { kind: 'updateStatus' }, handler: 'WebCharm.onUpdate' }],
    ...extra,
  });
}

/** The message of a failed `expect(...)` assertion. */
export function failure(assertion: () => void): string {
  try {
    assertion();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('the assertion passed');
}
