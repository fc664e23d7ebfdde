import '../../src/matchers';
import { failure, matcherState } from './matcher-fixture';

const state = matcherState();

describe('toHaveRunningService', () => {
  it('passes on an active service', () => {
    expect(state).toHaveRunningService('web', 'nginx');
  });

  it('fails on a service in error, giving its status', () => {
    expect(failure(() => expect(state).toHaveRunningService('web', 'cron'))).toBe(
      'expected service "cron" in container "web" to be running (active), but it is error; services: {"nginx":"active","cron":"error"}',
    );
  });

  it('fails on a service never started', () => {
    expect(failure(() => expect(state).toHaveRunningService('web', 'idle'))).toContain('but it has never been started');
  });

  it('fails on a service no layer defines', () => {
    expect(failure(() => expect(state).toHaveRunningService('web', 'redis'))).toContain('but no layer defines it');
  });

  it('fails naming the containers when there is no such container', () => {
    expect(failure(() => expect(state).toHaveRunningService('db', 'pg'))).toBe('expected container "db" to run "pg", but the State has no such container (containers: web)');
  });

  it('supports .not', () => {
    expect(state).not.toHaveRunningService('web', 'cron');
  });
});
