import { createSandbox, type HookToolSandbox } from './hook-tool-fixture';

let sandbox: HookToolSandbox;

beforeAll(async () => {
  sandbox = await createSandbox();
}, 60_000);
afterAll(() => sandbox.remove());
beforeEach(() => sandbox.reset({ relations: [{ endpoint: 'db', id: 3, remoteApp: 'pg' }] }));

const ownBag = () => sandbox.run('relation-get', ['-r', 'db:3', '--format=json', '-', 'app/0']).stdout;

function writeDuringHook(): void {
  expect(sandbox.run('relation-set', ['-r', 'db:3', '--file', '-'], { stdin: 'host: web-0\n' }).status).toBe(
    0,
  );
  expect(sandbox.run('state-set', ['--file', '-'], { stdin: '{"seen": "yes"}' }).status).toBe(0);
  expect(sandbox.run('open-port', ['8080/tcp']).status).toBe(0);
  expect(sandbox.run('status-set', ['active']).status).toBe(0);
}

describe('endHook', () => {
  it('leaves writes pending, yet visible to the hook, until the hook ends', () => {
    writeDuringHook();
    expect(JSON.parse(ownBag())).toMatchObject({ host: 'web-0' });
    const doc = sandbox.doc();
    expect(doc.state.relations[0]?.localUnitData['host']).toBeUndefined();
    expect(doc.pending?.state.relations[0]?.localUnitData['host']).toBe('web-0');
  });

  describe('when the hook succeeded', () => {
    it('commits relation data, the state store and ports', () => {
      writeDuringHook();
      sandbox.endHook(true);
      const doc = sandbox.doc();
      expect(doc.pending).toBeNull();
      expect(doc.state.relations[0]?.localUnitData['host']).toBe('web-0');
      expect(doc.state.stateStore).toEqual({ seen: 'yes' });
      expect(doc.state.openedPorts).toEqual([{ protocol: 'tcp', port: 8080 }]);
    });
  });

  describe('when the hook failed', () => {
    it('discards them but keeps the status', () => {
      writeDuringHook();
      sandbox.endHook(false);
      const doc = sandbox.doc();
      expect(doc.pending).toBeNull();
      expect(doc.state.relations[0]?.localUnitData['host']).toBeUndefined();
      expect(doc.state.stateStore).toEqual({});
      expect(doc.state.openedPorts).toEqual([]);
      expect(doc.state.unitStatus.status).toBe('active');
      expect(JSON.parse(ownBag())).not.toHaveProperty('host');
    });
  });
});
