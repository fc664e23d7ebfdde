import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createJujuState, type JujuStateInput } from '../juju/create-juju-state';
import type { FakeJujuDocument } from '../juju/fake-juju';
import { emptyOutputs } from '../juju/juju-outputs';

/** The environment variable naming the simulator's state file. */
export const STATE_FILE_ENV = 'JUJUTS_SIM_STATE';

/**
 * Read a state file: `{ state, pending?, outputs? }` as JSON. The state may
 * be partial (hand-written for the simulator): missing fields get
 * {@link createJujuState}'s defaults, and the completed state is what the
 * next write stores.
 */
export function readStateFile(path: string): FakeJujuDocument {
  const doc = JSON.parse(readFileSync(path, 'utf8')) as Partial<FakeJujuDocument> | null;
  if (doc === null || typeof doc !== 'object' || typeof doc.state !== 'object' || doc.state === null) {
    throw new Error(
      `${path}: not a jujuts state file (expected a JSON object with "state", "pending" and "outputs")`,
    );
  }
  return {
    state: createJujuState(doc.state as JujuStateInput),
    pending: doc.pending ?? null,
    outputs: { ...emptyOutputs(), ...doc.outputs },
  };
}

/** Write a state file atomically (temp file, then rename), so a killed command never leaves half a file. */
export function writeStateFile(path: string, doc: FakeJujuDocument): void {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(doc));
  renameSync(temp, path);
}
