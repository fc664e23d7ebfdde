import { eventFamily } from '../../src/context/event-family';

describe('eventFamily', () => {
  it.each([
    ['db-relation-joined', { kind: 'relation', endpoint: 'db', suffix: 'joined' }],
    ['my-db-relation-broken', { kind: 'relation', endpoint: 'my-db', suffix: 'broken' }],
    ['secret-relation-changed', { kind: 'relation', endpoint: 'secret', suffix: 'changed' }],
    ['web-pebble-ready', { kind: 'workload', container: 'web', suffix: 'pebble-ready' }],
    ['secret-pebble-check-failed', { kind: 'workload', container: 'secret', suffix: 'pebble-check-failed' }],
    ['secret-expired', { kind: 'secret', suffix: 'expired' }],
    ['data-storage-detaching', { kind: 'storage', storage: 'data', suffix: 'detaching' }],
    ['install', { kind: 'plain' }],
    ['leader-settings-changed', { kind: 'plain' }],
    ['relation-changed', { kind: 'plain' }],
  ])('classifies the hook %s', (hook, family) => {
    expect(eventFamily(hook, false)).toEqual(family);
  });

  it('classifies every action as an action, whatever its name', () => {
    expect(eventFamily('db-relation-joined', true)).toEqual({ kind: 'action' });
  });
});
