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

  describe('when a step has a secret mapping', () => {
    it('reads it as a secret to add, with string content', () => {
      const file = scenarioFile(
        '- event: db-relation-changed\n  secret:\n    id: secret:abc\n    owner: pg\n    granted-to: db:1\n    content: {username: u, port: 5432}\n',
      );
      expect(readScenario(file, 's.yaml')).toEqual([
        { event: 'db-relation-changed', secretSpec: { id: 'secret:abc', owner: 'pg', grantedTo: 'db:1', content: { username: 'u', port: '5432' } } },
      ]);
    });

    it('still reads a plain secret as the secret event’s id or label', () => {
      expect(readScenario(scenarioFile('- event: secret-changed\n  secret: db-pass\n'), 's.yaml')).toEqual([{ event: 'secret-changed', secret: 'db-pass' }]);
    });

    it('refuses an unknown key, naming the known ones', () => {
      expect(() => readScenario(scenarioFile('- event: start\n  secret: {id: secret:abc, ownr: pg}\n'), 's.yaml')).toThrow(
        'scenario s.yaml step 1 secret: unknown key "ownr" (keys: id, label, owner, granted-to, content)',
      );
    });

    it('refuses an id not in Juju’s form', () => {
      expect(() => readScenario(scenarioFile('- event: start\n  secret: {id: abc, content: {a: 1}}\n'), 's.yaml')).toThrow('id abc must look like secret:<id>');
    });
  });
});
