import * as v8 from 'node:v8';

/**
 * When `jujuts build --snapshot` runs the bundle under `node
 * --build-snapshot`, the charm's modules are loaded and initialised at build
 * time and `main` must not dispatch: it registers itself to run when the
 * snapshot is deserialised, on every hook, skipping module loading entirely.
 * Returns whether it deferred.
 */
export function deferToSnapshot(run: () => Promise<void>): boolean {
  const snapshot = (v8 as { startupSnapshot?: { isBuildingSnapshot(): boolean; setDeserializeMainFunction(fn: () => void): void } }).startupSnapshot;
  if (!snapshot?.isBuildingSnapshot()) return false;
  snapshot.setDeserializeMainFunction(() => {
    void run();
  });
  return true;
}
