import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readStateFile, writeStateFile } from '../../src/hook-tools';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'jujuts-state-file-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function fileWith(content: unknown): string {
  const path = join(dir, 'state.json');
  writeFileSync(path, JSON.stringify(content));
  return path;
}

describe('state files', () => {
  describe('when hand-written with only some fields', () => {
    it('fills the rest with the factory defaults', () => {
      const doc = readStateFile(fileWith({ state: { leader: true, relations: [{ endpoint: 'db' }] } }));
      expect(doc.state).toMatchObject({
        unitName: 'app/0',
        leader: true,
        stateStore: {},
        relations: [{ id: 0, remoteApp: 'remote' }],
      });
      expect(doc.pending).toBeNull();
      expect(doc.outputs.commands).toEqual([]);
    });
  });

  it('refuses a file that is not a state document, naming it', () => {
    const path = fileWith({ leader: true });
    expect(() => readStateFile(path)).toThrow(`${path}: not a jujuts state file`);
  });

  it('writes by renaming a complete temp file, leaving nothing else behind', () => {
    const path = fileWith({ state: {} });
    const doc = readStateFile(path);
    writeStateFile(path, { ...doc, state: { ...doc.state, leader: true } });
    expect(readdirSync(dir)).toEqual(['state.json']);
    expect(JSON.parse(readFileSync(path, 'utf8')).state.leader).toBe(true);
  });
});
