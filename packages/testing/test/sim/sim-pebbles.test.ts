import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@jujuts/ops/pebble';
import { PEBBLE_SOCKET_DIR_ENV, readPebbleState, startSimPebbles, writePebbleState } from '../../src/sim';

const layer = { services: { web: { override: 'replace' as const, command: '/bin/web', startup: 'enabled' as const } } };

function clientFor(socketDir: string, name: string): Client {
  return new Client({ socketPath: join(socketDir, name, 'pebble.socket') });
}

describe('startSimPebbles', () => {
  const filesDir = (): string => mkdtempSync(join(tmpdir(), 'sim-pebble-files-'));

  it('serves each container on <socket dir>/<name>/pebble.socket and names the dir in env', async () => {
    const sim = await startSimPebbles({ containers: ['web', 'db'], filesDir: filesDir() });
    try {
      expect(sim.env).toEqual({ [PEBBLE_SOCKET_DIR_ENV]: sim.socketDir });
      await clientFor(sim.socketDir, 'web').addLayer('base', layer);
      expect(Object.keys(sim.pebbles.get('web')?.plan.services ?? {})).toEqual(['web']);
      expect(sim.pebbles.get('db')?.plan.services).toEqual({});
    } finally {
      await sim.close();
    }
  });

  describe('when restored from a snapshot', () => {
    it('keeps the layers, the running services and the files of the previous hook', async () => {
      const files = filesDir();
      const first = await startSimPebbles({ containers: ['web'], filesDir: files });
      let saved;
      try {
        const client = clientFor(first.socketDir, 'web');
        await client.addLayer('base', layer);
        await client.replanServices();
        await client.push('/etc/web.conf', 'port=80', { makeDirs: true });
        saved = first.snapshot();
      } finally {
        await first.close();
      }

      const second = await startSimPebbles({ containers: ['web'], filesDir: files, saved });
      try {
        const again = clientFor(second.socketDir, 'web');
        expect((await again.getServices()).map((s) => [s.name, s.current])).toEqual([['web', 'active']]);
        expect(await again.pullText('/etc/web.conf')).toBe('port=80');
        expect(second.pebbles.get('web')?.layers.map((l) => l.label)).toEqual(['base']);
      } finally {
        await second.close();
      }
    });
  });

  describe('when a container is unreachable', () => {
    it('drops connections, so the charm sees a ConnectionError', async () => {
      const sim = await startSimPebbles({ containers: ['web'], filesDir: filesDir(), unreachable: ['web'] });
      try {
        await expect(clientFor(sim.socketDir, 'web').getSystemInfo()).rejects.toThrow();
      } finally {
        await sim.close();
      }
    });
  });
});

describe('pebble state in the state file', () => {
  it('is written under the pebble key, keeping the rest of the document', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sim-state-')), 'state.json');
    writeFileSync(file, JSON.stringify({ state: { unitName: 'web/0' } }));
    writePebbleState(file, { web: { layers: [], services: { web: 'active' } } });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      state: { unitName: 'web/0' },
      pebble: { web: { layers: [], services: { web: 'active' } } },
    });
    expect(readPebbleState(file)).toEqual({ web: { layers: [], services: { web: 'active' } } });
  });

  it('reads as empty when the file has none', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sim-state-')), 'state.json');
    writeFileSync(file, JSON.stringify({ state: {} }));
    expect(readPebbleState(file)).toEqual({});
  });
});
