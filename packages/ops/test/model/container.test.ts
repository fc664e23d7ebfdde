import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InMemoryPebble, InMemoryPebbleClient } from '../../../testing/src/pebble';
import { ModelError } from '../../src/errors';
import { Container } from '../../src/model/container';
import { MultiPushPullError } from '../../src/model/container-errors';
import type { PebbleClient } from '../../src/pebble';
import { FakeBackend } from './support/fake-backend';

class PebbleBackend extends FakeBackend {
  readonly asked: string[] = [];
  constructor(private readonly client: PebbleClient) {
    super();
  }
  override getPebble(container: string): PebbleClient {
    this.asked.push(container);
    return this.client;
  }
}

function makeContainer(): { container: Container; pebble: InMemoryPebble; backend: PebbleBackend } {
  const pebble = new InMemoryPebble();
  const backend = new PebbleBackend(new InMemoryPebbleClient(pebble, { container: 'web' }));
  return { container: new Container('web', backend), pebble, backend };
}

const layer = {
  services: { web: { override: 'replace' as const, command: '/bin/web', startup: 'enabled' as const } },
  checks: { up: { override: 'replace' as const, level: 'ready' as const, tcp: { port: 80 } } },
};

describe('Container', () => {
  let c: ReturnType<typeof makeContainer>;
  let local: string;
  beforeEach(() => {
    c = makeContainer();
    local = mkdtempSync(join(tmpdir(), 'jujuts-local-'));
  });
  afterEach(() => {
    c.pebble.dispose();
    rmSync(local, { recursive: true, force: true });
  });

  it('asks the backend for its Pebble only when first used, and once', async () => {
    expect(c.backend.asked).toEqual([]);
    await c.container.getPlan();
    await c.container.getPlan();
    expect(c.backend.asked).toEqual(['web']);
  });

  describe('canConnect', () => {
    it('is true when Pebble answers and false, without throwing, when it does not', async () => {
      expect(await c.container.canConnect()).toBe(true);
      c.pebble.canConnect = false;
      expect(await c.container.canConnect()).toBe(false);
    });
  });

  describe('services', () => {
    beforeEach(async () => {
      await c.container.addLayer('web', layer, { combine: true });
    });

    it('replans, stops, starts and restarts', async () => {
      await c.container.replan();
      expect((await c.container.getService('web')).current).toBe('active');
      await c.container.stop('web');
      expect((await c.container.getServices()).get('web')?.current).toBe('inactive');
      await c.container.start('web');
      await c.container.restart('web');
      expect(c.pebble.serviceStatus('web')).toBe('active');
    });

    it('throws ModelError naming a service that is not in the plan', async () => {
      await expect(c.container.getService('db')).rejects.toThrow(new ModelError('service "db" not found in container "web" (is it in a layer?)'));
    });

    it('refuses start() without names', async () => {
      await expect(c.container.start()).rejects.toThrow('Container.start() on "web" needs at least one name');
    });
  });

  describe('checks', () => {
    it('gets one check and throws ModelError for an unknown one', async () => {
      await c.container.addLayer('web', layer);
      expect((await c.container.getCheck('up')).status).toBe('up');
      await expect(c.container.getCheck('nope')).rejects.toBeInstanceOf(ModelError);
      expect(await c.container.stopChecks('up')).toEqual(['up']);
    });
  });

  describe('files', () => {
    it('pulls text by default and bytes with encoding null', async () => {
      await c.container.push('/f', Buffer.from([104, 105]));
      expect(await c.container.pull('/f')).toBe('hi');
      expect(await c.container.pull('/f', { encoding: null })).toEqual(Buffer.from('hi'));
    });

    it('tells files from directories and missing paths', async () => {
      await c.container.push('/d/f', 'x', { makeDirs: true });
      expect(await c.container.exists('/d/f')).toBe(true);
      expect(await c.container.isDir('/d/f')).toBe(false);
      expect(await c.container.isDir('/d')).toBe(true);
      expect(await c.container.exists('/nope')).toBe(false);
    });
  });

  describe('pushPath', () => {
    beforeEach(() => {
      mkdirSync(join(local, 'conf/sub'), { recursive: true });
      writeFileSync(join(local, 'conf/a.yaml'), 'a');
      writeFileSync(join(local, 'conf/sub/b.yaml'), 'b', { mode: 0o600 });
    });

    describe('when the source is a directory', () => {
      it('copies the directory itself under the destination, keeping modes', async () => {
        await c.container.pushPath(join(local, 'conf'), '/etc');
        expect(await c.container.pull('/etc/conf/a.yaml')).toBe('a');
        expect((await c.container.listFiles('/etc/conf/sub/b.yaml'))[0]?.permissions).toBe(0o600);
      });
    });

    describe('when the source ends in /*', () => {
      it('copies the contents only', async () => {
        await c.container.pushPath(`${join(local, 'conf')}/*`, '/etc/app');
        expect(await c.container.pull('/etc/app/sub/b.yaml')).toBe('b');
        expect(await c.container.exists('/etc/app/conf')).toBe(false);
      });
    });

    describe('when a source is missing', () => {
      it('copies the others and throws one error listing the failure', async () => {
        const err = await c.container.pushPath([join(local, 'missing'), join(local, 'conf')], '/etc').catch((e: unknown) => e);
        expect(err).toBeInstanceOf(MultiPushPullError);
        expect((err as MultiPushPullError).failures.map((f) => f.path)).toEqual([join(local, 'missing')]);
        expect(await c.container.exists('/etc/conf/a.yaml')).toBe(true);
      });
    });
  });

  describe('pullPath', () => {
    it('copies a container directory tree to a local directory', async () => {
      await c.container.push('/srv/data/x/1.txt', 'one', { makeDirs: true });
      await c.container.push('/srv/data/2.txt', 'two');
      await c.container.pullPath('/srv/data', local);
      expect(readFileSync(join(local, 'data/x/1.txt'), 'utf8')).toBe('one');
      await c.container.pullPath('/srv/data/*', join(local, 'flat'));
      expect(statSync(join(local, 'flat/2.txt')).isFile()).toBe(true);
    });

    it('throws MultiPushPullError for a missing source', async () => {
      await expect(c.container.pullPath('/nope', local)).rejects.toBeInstanceOf(MultiPushPullError);
    });
  });

  describe('exec', () => {
    it('runs the command through Pebble', async () => {
      c.pebble.handleExec(['whoami'], { stdout: 'root\n' });
      expect((await (await c.container.exec(['whoami'])).waitOutput()).stdout).toBe('root\n');
    });
  });

  describe('notices', () => {
    it('reads the container\'s notices', async () => {
      const id = await c.container.pebble.notify('custom', 'example.com/a');
      expect((await c.container.getNotices()).map((n) => n.id)).toEqual([id]);
      expect((await c.container.getNotice(id)).key).toBe('example.com/a');
    });
  });
});
