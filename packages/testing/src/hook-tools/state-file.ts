import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { FakeJujuDocument } from '../juju/fake-juju';

/** The environment variable naming the simulator's state file. */
export const STATE_FILE_ENV = 'JUJUTS_SIM_STATE';

/** Read a state file: `{ state, pending, outputs }` as JSON. */
export function readStateFile(path: string): FakeJujuDocument {
  const doc = JSON.parse(readFileSync(path, 'utf8')) as Partial<FakeJujuDocument>;
  if (doc === null || typeof doc !== 'object' || typeof doc.state !== 'object' || doc.state === null) {
    throw new Error(
      `${path}: not a jujuts state file (expected a JSON object with "state", "pending" and "outputs")`,
    );
  }
  return doc as FakeJujuDocument;
}

/** Write a state file atomically (temp file, then rename), so a killed command never leaves half a file. */
export function writeStateFile(path: string, doc: FakeJujuDocument): void {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(doc));
  renameSync(temp, path);
}
