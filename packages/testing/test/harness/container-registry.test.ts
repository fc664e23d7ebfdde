import { CharmBase, container, type PebbleReadyEvent } from '@jujuts/ops';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HarnessError } from '../../src/harness';
import { recorder, seen, webHarness } from './harness-fixture';

const workload = container('workload');
const outputs: string[] = [];

class WebServerCharm extends CharmBase {
  @workload.pebbleReady
  async onReady(e: PebbleReadyEvent) {
    await e.workload.addLayer('web', { summary: 'web', services: { web: { override: 'replace', command: 'nginx', startup: 'enabled' } } }, { combine: true });
    await e.workload.replan();
    await e.workload.push('/etc/web/config.json', '{"port":80}', { makeDirs: true });
    const proc = await e.workload.exec(['web-ctl', 'version']);
    const { stdout } = await proc.waitOutput();
    outputs.push(String(stdout).trim());
  }
}

beforeEach(() => {
  outputs.length = 0;
});

describe('containers', () => {
  describe('before the test says so', () => {
    it('cannot be connected to', async () => {
      const harness = recorder();
      expect(await harness.model.unit.getContainer('workload').canConnect()).toBe(false);
    });
  });

  describe('setCanConnect', () => {
    it('lets the charm connect without emitting anything', async () => {
      const harness = recorder();
      harness.setCanConnect('workload', true);
      expect(await harness.model.unit.getContainer('workload').canConnect()).toBe(true);
      expect(seen).toEqual([]);
    });

    it('can take the connection away again', async () => {
      const harness = recorder();
      harness.setCanConnect('workload', true);
      harness.setCanConnect('workload', false);
      expect(await harness.model.unit.getContainer('workload').canConnect()).toBe(false);
    });
  });

  describe('containerPebbleReady', () => {
    it('emits pebble-ready and makes the container reachable', async () => {
      const harness = recorder();
      await harness.containerPebbleReady('workload');
      expect(seen).toEqual(['workload-pebble-ready']);
      expect(harness.pebble('workload').canConnect).toBe(true);
    });

    it('lets the charm plan services, push files and exec in the container', async () => {
      const harness = webHarness(WebServerCharm);
      harness.begin();
      harness.handleExec('workload', ['web-ctl'], { stdout: 'web 1.2\n' });
      await harness.containerPebbleReady('workload');
      expect(harness.getContainerPebblePlan('workload').services['web']?.command).toBe('nginx');
      expect(harness.pebble('workload').serviceStatus('web')).toBe('active');
      expect(readFileSync(join(harness.getFilesystemRoot('workload'), 'etc/web/config.json'), 'utf8')).toBe('{"port":80}');
      expect(outputs).toEqual(['web 1.2']);
    });

    it('fails the hook when the charm runs a command nobody handles', async () => {
      const harness = webHarness(WebServerCharm);
      harness.begin();
      await expect(harness.containerPebbleReady('workload')).rejects.toThrow('cannot find executable "web-ctl"');
    });
  });

  describe('handleExec', () => {
    it('answers with a handler that sees the command', async () => {
      const harness = webHarness(WebServerCharm);
      harness.begin();
      harness.handleExec('workload', 'web-ctl', (req) => ({ stdout: req.command.join(' ') }));
      await harness.containerPebbleReady('workload');
      expect(outputs).toEqual(['web-ctl version']);
      expect(harness.pebble('workload').execHistory.map((e) => e.command)).toEqual([['web-ctl', 'version']]);
    });
  });

  describe('getFilesystemRoot', () => {
    it('is a host directory whose files the charm pulls', async () => {
      const harness = recorder();
      const root = harness.getFilesystemRoot('workload');
      mkdirSync(join(root, 'etc'), { recursive: true });
      writeFileSync(join(root, 'etc/hostname'), 'web-0');
      harness.setCanConnect('workload', true);
      const file = await harness.model.unit.getContainer('workload').pull('/etc/hostname');
      expect(String(file)).toBe('web-0');
    });

    it('is deleted by cleanup()', () => {
      const harness = recorder();
      const root = harness.getFilesystemRoot('workload');
      harness.cleanup();
      expect(existsSync(root)).toBe(false);
    });
  });

  describe('pebbleCustomNotice', () => {
    it('records the notice and emits pebble-custom-notice with its key', async () => {
      const harness = recorder();
      const id = await harness.pebbleCustomNotice('workload', 'example.com/backup-done');
      expect(seen).toEqual(['workload-pebble-custom-notice example.com/backup-done']);
      expect(harness.pebble('workload').notices.get(id).key).toBe('example.com/backup-done');
    });
  });

  it('refuses an undeclared container, listing the declared ones', () => {
    const harness = recorder();
    expect(() => harness.setCanConnect('db', true)).toThrow("setCanConnect('db'): charmcraft.yaml declares no container `db` (declared: workload)");
    expect(() => harness.getContainerPebblePlan('nope')).toThrow(HarnessError);
  });
});
