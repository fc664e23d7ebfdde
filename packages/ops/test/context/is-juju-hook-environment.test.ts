import { isJujuHookEnvironment } from '../../src/context/is-juju-hook-environment';

describe('isJujuHookEnvironment', () => {
  it('is true when JUJU_DISPATCH_PATH is set', () => {
    expect(isJujuHookEnvironment({ JUJU_DISPATCH_PATH: 'hooks/install' })).toBe(true);
  });

  it('is true when only JUJU_UNIT_NAME is set', () => {
    expect(isJujuHookEnvironment({ JUJU_UNIT_NAME: 'web/0' })).toBe(true);
  });

  it('is false outside Juju, including for empty values', () => {
    expect(isJujuHookEnvironment({ PATH: '/usr/bin', JUJU_DISPATCH_PATH: '' })).toBe(false);
  });
});
