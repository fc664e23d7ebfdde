import { charmMatchers, installCharmMatchers } from '../../src/matchers';

describe('charmMatchers', () => {
  it('holds the six matchers', () => {
    expect(Object.keys(charmMatchers).sort()).toEqual(['toHaveAppStatus', 'toHaveDeferred', 'toHaveLogged', 'toHaveRelationData', 'toHaveRunningService', 'toHaveUnitStatus']);
  });

  it('registers with jest when installed', () => {
    expect(installCharmMatchers()).toBe(true);
    expect(typeof (expect as unknown as Record<string, unknown>)['toHaveUnitStatus']).toBe('function');
  });
});
