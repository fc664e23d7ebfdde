import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readScenario } from '../../src/sim/read-scenario';
import { makeTempDir, removeTempDirs } from '../fixtures/temp-dir';

afterAll(removeTempDirs);

function scenarioFile(text: string): string {
  const file = join(makeTempDir('jujuts-scenario-'), 's.yaml');
  writeFileSync(file, text);
  return file;
}

describe('readScenario', () => {
  it('reads steps with kebab-case keys, or bare event names', () => {
    const file = scenarioFile('- install\n- event: db-relation-joined\n  relation: db:1\n  remote-unit: pg/0\n- action: backup\n  params: {path: /x}\n');
    expect(readScenario(file, 's.yaml')).toEqual([
      { event: 'install' },
      { event: 'db-relation-joined', relation: 'db:1', remoteUnit: 'pg/0' },
      { action: 'backup', params: { path: '/x' } },
    ]);
  });

  it('reads remote databags as strings, as Juju stores them', () => {
    const file = scenarioFile('- event: db-relation-changed\n  remote-app-data: {port: 5432}\n');
    expect(readScenario(file, 's.yaml')).toEqual([{ event: 'db-relation-changed', remoteAppData: { port: '5432' } }]);
  });

  it('accepts a steps: key', () => {
    expect(readScenario(scenarioFile('steps:\n  - start\n'), 's.yaml')).toEqual([{ event: 'start' }]);
  });

  it('refuses an empty scenario', () => {
    expect(() => readScenario(scenarioFile('[]\n'), 's.yaml')).toThrow('scenario s.yaml: expected a non-empty list of steps');
  });

  it('refuses a leader that is not a boolean', () => {
    expect(() => readScenario(scenarioFile('- event: start\n  leader: yes please\n'), 's.yaml')).toThrow('scenario s.yaml step 1: leader must be true or false');
  });
});
