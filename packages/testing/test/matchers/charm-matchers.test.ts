import * as entry from '@jujuts/testing/matchers';
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

describe('the @jujuts/testing/matchers entry', () => {
  it('is the same module and registers the matchers on import', () => {
    expect(entry.charmMatchers).toBe(charmMatchers);
    expect(() => expect({ unitStatus: { status: 'active', message: '' }, appStatus: { status: 'unknown', message: '' } }).toHaveUnitStatus('active')).not.toThrow();
  });
});
