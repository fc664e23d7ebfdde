import { toHaveDeferred } from './deferred-matcher';
import { toHaveLogged } from './logged-matcher';
import { toHaveRelationData } from './relation-data-matcher';
import { toHaveRunningService } from './running-service-matcher';
import { toHaveAppStatus, toHaveUnitStatus } from './status-matchers';

/** Every jujuts matcher by name, as `expect.extend` takes them. */
export const charmMatchers = Object.freeze({
  toHaveUnitStatus,
  toHaveAppStatus,
  toHaveRelationData,
  toHaveRunningService,
  toHaveDeferred,
  toHaveLogged,
});

/** Registers the matchers with jest's global `expect` (done on import of `@jujuts/testing/matchers`). */
export function installCharmMatchers(): boolean {
  const jestExpect = (globalThis as { expect?: { extend?: (matchers: object) => void } }).expect;
  if (typeof jestExpect?.extend !== 'function') return false;
  jestExpect.extend(charmMatchers);
  return true;
}
