import { APIError } from '@jujuts/ops/pebble';
import type { Layer, Service } from '@jujuts/ops/pebble';
import { InMemoryPebble } from '../../src/pebble';

function svc(fields: Partial<Service> = {}): Service {
  return { override: 'replace', command: '/bin/x', ...fields };
}

function layerOf(services: Record<string, Service>, checks: Layer['checks'] = {}): Layer {
  return { services, checks };
}

function makePebble(): InMemoryPebble {
  let t = Date.UTC(2026, 0, 1);
  return new InMemoryPebble({ now: () => new Date((t += 1000)) });
}

describe('InMemoryPebble', () => {
  let pebble: InMemoryPebble;
  beforeEach(() => {
    pebble = makePebble();
  });
  afterEach(() => pebble.dispose());

  describe('addLayer', () => {
    it('refuses a layer breaking Pebble\'s rules with a 400 and keeps the plan', () => {
      pebble.addLayer('base', layerOf({ a: svc() }));
      expect(() => pebble.addLayer('bad', layerOf({ b: { command: '/x' } }))).toThrow(APIError);
      expect(Object.keys(pebble.plan.services)).toEqual(['a']);
      expect(pebble.layers.map((l) => l.label)).toEqual(['base']);
    });
  });

  describe('services', () => {
    it('lists a service not marked enabled as disabled, as Pebble does', () => {
      pebble.addLayer('l', layerOf({ on: svc({ startup: 'enabled' }), off: svc({ startup: 'disabled' }), unset: svc() }));
      expect(pebble.services.list().map((s) => [s.name, s.startup])).toEqual([
        ['off', 'disabled'],
        ['on', 'enabled'],
        ['unset', 'disabled'],
      ]);
    });

    it('starts required services first, in after/before order', () => {
      pebble.addLayer('l', layerOf({ web: svc({ requires: ['db'], after: ['db'] }), db: svc() }));
      const change = pebble.serviceAction('start', ['web']);
      expect(change.tasks.map((t) => t.summary)).toEqual(['Start service "db"', 'Start service "web"']);
      expect(change.summary).toBe('Start service "web" and 1 more');
      expect(pebble.serviceStatus('db')).toBe('active');
    });

    it('stops the services that require a stopped one', () => {
      pebble.addLayer('l', layerOf({ web: svc({ requires: ['db'] }), db: svc() }));
      pebble.serviceAction('start', ['web']);
      pebble.serviceAction('stop', ['db']);
      expect([pebble.serviceStatus('web'), pebble.serviceStatus('db')]).toEqual(['inactive', 'inactive']);
    });

    it('logs, rather than fails, starting a service that is already active', () => {
      pebble.addLayer('l', layerOf({ web: svc() }));
      pebble.serviceAction('start', ['web']);
      const change = pebble.serviceAction('start', ['web']);
      expect(change.status).toBe('Done');
      expect(change.tasks[0]?.log).toEqual(['Service "web" already started.']);
    });

    it('restarts on replan only the running services whose config changed', () => {
      pebble.addLayer('l', layerOf({ a: svc({ startup: 'enabled' }), b: svc({ startup: 'enabled' }) }));
      pebble.serviceAction('replan');
      pebble.addLayer('l', layerOf({ a: { override: 'merge', environment: { V: '2' } } }), true);
      const change = pebble.serviceAction('replan');
      expect(change.tasks.filter((t) => t.log.length === 0).map((t) => t.summary)).toEqual(['Stop service "a"', 'Start service "a"']);
    });

    it('refuses autostart when no service is enabled', () => {
      pebble.addLayer('l', layerOf({ a: svc() }));
      expect(() => pebble.serviceAction('autostart')).toThrow(expect.objectContaining({ code: 400, kind: 'no-default-services' }));
    });

    it('refuses a before/after loop', () => {
      pebble.addLayer('l', layerOf({ a: svc({ after: ['b'] }), b: svc({ after: ['a'] }) }));
      expect(() => pebble.serviceAction('start', ['a', 'b'])).toThrow('services in before/after loop: a, b');
    });

    it('marks a service that fails to start as error', () => {
      pebble.addLayer('l', layerOf({ a: svc() }));
      pebble.services.setStartFailure('a', 'exited quickly with code 1');
      expect(pebble.serviceAction('start', ['a']).err).toContain('exited quickly with code 1');
      expect(pebble.serviceStatus('a')).toBe('error');
    });
  });

  describe('checks', () => {
    beforeEach(() => {
      pebble.addLayer('l', layerOf({}, { up: { override: 'replace', level: 'alive', threshold: 2, tcp: { port: 80 } } }));
    });

    it('goes down at the threshold with one check-failed notice, and recovers with check-recovered', () => {
      pebble.checks.fail('up');
      expect(pebble.checks.list()[0]).toMatchObject({ status: 'up', failures: 1 });
      pebble.checks.fail('up');
      pebble.checks.fail('up');
      expect(pebble.checks.list()[0]).toMatchObject({ status: 'down', failures: 3 });
      pebble.checks.succeed('up');
      expect(pebble.checks.list()[0]).toMatchObject({ status: 'up', failures: 0 });
      expect(pebble.notices.list().map((n) => [n.type, n.key, n.occurrences])).toEqual([
        ['check-failed', 'up', 1],
        ['check-recovered', 'up', 1],
      ]);
    });

    it('takes the on-check-failure action of running services when the check goes down', () => {
      pebble.addLayer('s', layerOf({ web: svc({ 'on-check-failure': { up: 'restart' } }), idle: svc({ 'on-check-failure': { up: 'ignore' } }) }));
      pebble.serviceAction('start', ['web', 'idle']);
      pebble.checks.fail('up');
      expect(pebble.checkActions).toEqual([]);
      pebble.checks.fail('up');
      expect(pebble.checkActions).toEqual([{ check: 'up', service: 'web', action: 'restart' }]);
      expect(pebble.serviceStatus('web')).toBe('active');
    });

    it('refuses results for a stopped check', () => {
      pebble.checks.stop(['up']);
      expect(() => pebble.checks.fail('up')).toThrow('check "up" is stopped');
    });

    it('refuses to start an unknown check', () => {
      expect(() => pebble.checks.start(['nope'])).toThrow('cannot find checks: nope');
    });
  });

  describe('notices', () => {
    it('filters by type, key and time', () => {
      pebble.notices.notify('custom', 'example.com/a');
      const b = pebble.notices.notify('custom', 'example.com/b');
      const mark = pebble.notices.get(b).lastRepeated;
      const c = pebble.notices.notify('custom', 'example.com/c');
      expect(pebble.notices.list({ keys: ['example.com/b'] }).map((n) => n.id)).toEqual([b]);
      expect(pebble.notices.list({ after: mark }).map((n) => n.id)).toEqual([c]);
      expect(pebble.notices.list({ types: ['warning'] })).toEqual([]);
    });

    it('does not count a repeat within repeat-after as repeated', () => {
      const id = pebble.notices.notify('custom', 'example.com/a', {}, 60_000);
      const first = pebble.notices.get(id).lastRepeated;
      pebble.notices.notify('custom', 'example.com/a', {}, 60_000);
      expect(pebble.notices.get(id)).toMatchObject({ occurrences: 2, lastRepeated: first });
    });
  });

  describe('exec handlers', () => {
    it('picks the longest matching prefix and records what ran', async () => {
      pebble.handleExec('git', { stdout: 'git' });
      pebble.handleExec(['git', 'status'], { stdout: 'status', exitCode: 1 });
      const run = pebble.startExec({ command: ['git', 'status', '-s'] });
      const out = await run.run(Buffer.from('in'));
      expect(out.exitCode).toBe(1);
      expect(pebble.execHistory).toEqual([expect.objectContaining({ command: ['git', 'status', '-s'], exitCode: 1, stdin: Buffer.from('in') })]);
      expect(pebble.changes.get(run.changeId).tasks[0]?.data).toEqual({ 'exit-code': 1 });
    });

    it('fails the change with the message of a handler that throws', async () => {
      pebble.handleExec('boom', () => {
        throw new Error('bad fixture');
      });
      const run = pebble.startExec({ command: ['boom'] });
      await run.run(Buffer.alloc(0));
      expect(pebble.changes.get(run.changeId).err).toContain('exec handler for ["boom"] threw: bad fixture');
    });

    it('refuses a command no handler matches, as a missing executable', () => {
      expect(() => pebble.startExec({ command: ['psql'] })).toThrow('cannot find executable "psql"');
    });

    it('refuses an unknown service context', () => {
      pebble.handleExec('ls', {});
      expect(() => pebble.startExec({ command: ['ls'], serviceContext: 'nope' })).toThrow('context service "nope" not found');
    });
  });

  describe('files', () => {
    it('are kept in memory, stamped by the Pebble\'s clock, until a host path is asked for', async () => {
      await pebble.files.write('/f', Buffer.from('x'));
      expect(pebble.files.onDisk).toBe(false);
      expect((await pebble.files.list('/f'))[0]?.lastModified.getTime()).toBeLessThan(Date.UTC(2026, 0, 2));
      expect(pebble.files.root).toBeTruthy();
      expect(pebble.files.onDisk).toBe(true);
    });

    it('keeps paths inside its root', () => {
      expect(pebble.files.hostPath('/../../etc/passwd')).toBe(`${pebble.files.root}/etc/passwd`);
    });

    it('reports root ownership unless told otherwise', async () => {
      await pebble.files.write('/f', Buffer.from('x'));
      expect((await pebble.files.list('/f'))[0]).toMatchObject({ user: 'root', userId: 0, group: 'root', groupId: 0, permissions: 0o644 });
    });
  });

  describe('changes', () => {
    it('lists finished changes as ready and refuses to abort them', () => {
      pebble.addLayer('l', layerOf({ a: svc() }));
      const change = pebble.serviceAction('start', ['a']);
      expect(pebble.changes.list('in-progress')).toEqual([]);
      expect(pebble.changes.list('ready').map((c) => c.id)).toEqual([change.id]);
      expect(() => pebble.changes.abort(change.id)).toThrow(`cannot abort change ${change.id} with nothing pending`);
    });
  });
});
