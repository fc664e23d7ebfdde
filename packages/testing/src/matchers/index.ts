/**
 * jest matchers for charm tests. Importing `@jujuts/testing/matchers`
 * (in a test file or jest's `setupFilesAfterEnv`) registers them with
 * `expect` and types them.
 *
 * @example
 * ```ts
 * import '@jujuts/testing/matchers';
 * expect(state).toHaveUnitStatus('active');
 * ```
 */
import type { BagOwner } from './relation-data-matcher';
import type { ExpectedStatus } from './status-matchers';
import { installCharmMatchers } from './charm-matchers';

export { charmMatchers, installCharmMatchers } from './charm-matchers';
export { toHaveUnitStatus, toHaveAppStatus, type ExpectedStatus } from './status-matchers';
export { toHaveRelationData, type BagOwner } from './relation-data-matcher';
export { toHaveRunningService } from './running-service-matcher';
export { toHaveDeferred, deferredName } from './deferred-matcher';
export { toHaveLogged, type HasJujuLog } from './logged-matcher';
export type { MatcherResult } from './matcher-result';

installCharmMatchers();

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    // Type parameters must match @types/jest's declaration for the interfaces to merge.
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars
    interface Matchers<R, T = {}> {
      /** The State's unit status has this name (and message, when given). */
      toHaveUnitStatus(expected: ExpectedStatus, message?: string): R;
      /** The State's application status has this name (and message, when given). */
      toHaveAppStatus(expected: ExpectedStatus, message?: string): R;
      /** The relation's bag holds these keys and values (a subset match; `undefined` means absent). */
      toHaveRelationData(relation: string | number | { id: number }, owner: BagOwner, expected: Readonly<Record<string, string | undefined>>): R;
      /** The container's service is active. */
      toHaveRunningService(container: string, service: string): R;
      /** The deferred queue holds the event (`update-status` or `updateStatus`), optionally for that handler. */
      toHaveDeferred(event: string, handler?: string): R;
      /** A juju-log line contains the text or matches the pattern (at the level, when given). */
      toHaveLogged(levelOrText: string | RegExp, text?: string | RegExp): R;
    }
  }
}
