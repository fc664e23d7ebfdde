import type { Framework } from '../framework/framework';
import { FrameworkObject } from './framework-object';

/**
 * Moves a charm instance and its components from the framework of an
 * earlier hook to `next`, keeping their registration order, so one instance
 * can serve several hooks (Harness `freshCharmPerEvent: false`, for legacy
 * tests that keep state in plain instance fields) while each hook still gets
 * its own model and backend view.
 */
export function reattachOwners(previous: Framework, next: Framework): void {
  for (const owner of next.adopt(previous)) {
    // `framework` is readonly for charm code; only this re-attachment moves it.
    if (owner instanceof FrameworkObject) (owner as { framework: Framework }).framework = next;
  }
}
