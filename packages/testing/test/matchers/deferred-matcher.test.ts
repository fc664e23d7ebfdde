import '../../src/matchers';
import { createState } from '../../src/context';
import { deferredName } from '../../src/matchers';
import { failure, matcherState } from './matcher-fixture';

const state = matcherState();

describe('toHaveDeferred', () => {
  it('passes on the name as logs spell it', () => {
    expect(state).toHaveDeferred('db-relation-changed');
  });

  it('passes on the event kind', () => {
    expect(state).toHaveDeferred('updateStatus');
  });

  it('passes with the handler that deferred', () => {
    expect(state).toHaveDeferred('update-status', 'WebCharm.onUpdate');
  });

  it('fails with another handler, listing the queue', () => {
    expect(failure(() => expect(state).toHaveDeferred('update-status', 'WebCharm.other'))).toBe(
      'expected "update-status" for WebCharm.other to be deferred, but the queue holds db-relation-changed for WebCharm.onDb, update-status for WebCharm.onUpdate',
    );
  });

  it('fails on an empty queue saying so', () => {
    expect(failure(() => expect(createState()).toHaveDeferred('install'))).toBe('expected "install" to be deferred, but the queue holds nothing');
  });

  it('supports .not', () => {
    expect(state).not.toHaveDeferred('install');
  });

  it('names entries as Juju names their hooks', () => {
    expect(deferredName({ event: { kind: 'pebbleReady', scope: 'web' }, handler: 'x' })).toBe('web-pebble-ready');
  });
});
