import { ActiveStatus, BlockedStatus, WaitingStatus } from '@jujuts/ops';
import '../../src/matchers';
import { toHaveUnitStatus } from '../../src/matchers';
import { failure, matcherState } from './matcher-fixture';

const state = matcherState();

describe('toHaveUnitStatus', () => {
  it('passes on the status name alone', () => {
    expect(state).toHaveUnitStatus('active');
  });

  it('passes on name and message', () => {
    expect(state).toHaveUnitStatus('active', 'ready');
  });

  it('passes on a status object', () => {
    expect(state).toHaveUnitStatus(new ActiveStatus('ready'));
  });

  it('fails on another message, showing both', () => {
    expect(failure(() => expect(state).toHaveUnitStatus('active', 'starting'))).toBe('expected the unit status to be active "starting", but it is active "ready"');
  });

  it('fails on another status object', () => {
    expect(failure(() => expect(state).toHaveUnitStatus(new WaitingStatus('db')))).toBe('expected the unit status to be waiting "db", but it is active "ready"');
  });

  it('supports .not', () => {
    expect(state).not.toHaveUnitStatus('blocked');
    expect(failure(() => expect(state).not.toHaveUnitStatus('active'))).toBe('expected the unit status not to be active, but it is');
  });

  it('refuses what is not a State', () => {
    expect(() => expect({}).toHaveUnitStatus('active')).toThrow('toHaveUnitStatus: expected a State, got object');
  });

  it('can be called directly', () => {
    expect(toHaveUnitStatus(state, 'active').pass).toBe(true);
    expect(toHaveUnitStatus(state, 'blocked').pass).toBe(false);
  });
});

describe('toHaveAppStatus', () => {
  it('passes on the application status', () => {
    expect(state).toHaveAppStatus(new BlockedStatus('needs db'));
  });

  it('fails naming the application status', () => {
    expect(failure(() => expect(state).toHaveAppStatus('active'))).toBe('expected the application status to be active, but it is blocked "needs db"');
  });
});
