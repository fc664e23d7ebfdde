import { FakeJuju } from '../juju/fake-juju';
import { readStateFile, writeStateFile } from './state-file';

/**
 * After a dispatch: commit the hook's pending changes in the state file if
 * the charm exited 0, discard them if not, exactly as Juju does.
 */
export function endHook(stateFile: string, success: boolean): void {
  const juju = FakeJuju.fromDocument(readStateFile(stateFile));
  juju.endHook(success);
  writeStateFile(stateFile, juju.toDocument());
}
