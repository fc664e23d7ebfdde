import { ConnectionError } from '@jujuts/ops/pebble';
import type { Check, Service, ServiceAction } from '@jujuts/ops/pebble';
import { InMemoryPebble, InMemoryPebbleClient } from '../../src/pebble';

/** A clock that moves one second per reading, so every status change gets its own time. */
function ticking(): () => Date {
  let t = Date.UTC(2026, 0, 1);
  return () => new Date((t += 1000));
}

function service(onCheckFailure: Record<string, ServiceAction> = {}, fields: Partial<Service> = {}): Service {
  return { override: 'replace', command: '/bin/web', 'on-check-failure': onCheckFailure, ...fields };
}

function check(threshold = 2): Check {
  return { override: 'replace', level: 'alive', threshold, http: { url: 'http://localhost/health' } };
}

/** A Pebble with the `up` check and these services, all started. */
function pebbleWith(services: Record<string, Service>): InMemoryPebble {
  const pebble = new InMemoryPebble({ now: ticking() });
  pebble.addLayer('base', { services, checks: { up: check() } });
  const names = Object.keys(services);
  if (names.length > 0) pebble.serviceAction('start', names);
  return pebble;
}

/** Reports failed probes until the check reaches its threshold and goes down. */
function takeDown(pebble: InMemoryPebble, name = 'up'): void {
  const threshold = pebble.checks.list(undefined, [name])[0]?.threshold ?? 3;
  for (let i = 0; i < threshold; i++) pebble.checks.fail(name);
}

describe('on-check-failure in the in-memory Pebble', () => {
  let pebble: InMemoryPebble;
  let client: InMemoryPebbleClient;
  function setUp(services: Record<string, Service>): void {
    pebble = pebbleWith(services);
    client = new InMemoryPebbleClient(pebble);
  }
  afterEach(() => pebble.dispose());

  describe('when the action is restart', () => {
    beforeEach(() => setUp({ web: service({ up: 'restart' }) }));

    it('restarts the service: still active, with a new current-since', async () => {
      const before = pebble.services.currentSince('web');
      takeDown(pebble);
      expect(await client.getServices(['web'])).toEqual([expect.objectContaining({ name: 'web', current: 'active' })]);
      expect(pebble.services.currentSince('web')?.getTime()).toBeGreaterThan(before?.getTime() ?? Infinity);
      expect(pebble.checkActions).toEqual([{ check: 'up', service: 'web', action: 'restart' }]);
    });

    it('records no change, as Pebble restarts outside any change', async () => {
      const before = await client.getChanges({ select: 'all' });
      takeDown(pebble);
      expect(await client.getChanges({ select: 'all' })).toEqual(before);
    });

    it('acts only when the check goes down, not on every failure after', () => {
      takeDown(pebble);
      pebble.checks.fail('up');
      expect(pebble.checkActions).toHaveLength(1);
    });

    it('leaves a service in backoff to its pending restart', () => {
      pebble.services.setStatus('web', 'backoff');
      takeDown(pebble);
      expect(pebble.serviceStatus('web')).toBe('backoff');
      expect(pebble.checkActions).toEqual([]);
    });

    it('starts a service that had exited in error', () => {
      pebble.services.setStatus('web', 'error');
      takeDown(pebble);
      expect(pebble.serviceStatus('web')).toBe('active');
      expect(pebble.checkActions).toEqual([{ check: 'up', service: 'web', action: 'restart' }]);
    });

    it('leaves the service in error when it fails to start again', () => {
      pebble.services.setStartFailure('web', 'exited quickly with code 1');
      takeDown(pebble);
      expect(pebble.serviceStatus('web')).toBe('error');
    });
  });

  describe('when the service is not running', () => {
    beforeEach(() => {
      setUp({ web: service({ up: 'restart' }), db: service({ up: 'shutdown' }) });
      pebble.serviceAction('stop', ['web', 'db']);
    });

    it('takes no action, not even a shutdown', async () => {
      takeDown(pebble);
      expect(pebble.checkActions).toEqual([]);
      expect(pebble.exited).toBeUndefined();
      expect((await client.getServices()).map((s) => s.current)).toEqual(['inactive', 'inactive']);
    });
  });

  describe('when the action is shutdown', () => {
    beforeEach(() => setUp({ web: service({ up: 'shutdown' }), db: service() }));

    it('makes Pebble unreachable: client calls fail with ConnectionError', async () => {
      takeDown(pebble);
      expect(pebble.canConnect).toBe(false);
      await expect(client.getServices()).rejects.toBeInstanceOf(ConnectionError);
      await expect(client.getSystemInfo()).rejects.toThrow('does not exist');
    });

    it('stops every service first, and records why Pebble exited with its failure code', () => {
      takeDown(pebble);
      expect([pebble.serviceStatus('web'), pebble.serviceStatus('db')]).toEqual(['inactive', 'inactive']);
      expect(pebble.exited).toEqual({ check: 'up', service: 'web', action: 'shutdown', exitCode: 11 });
      expect(pebble.checkActions).toEqual([{ check: 'up', service: 'web', action: 'shutdown' }]);
    });

    it('tells the exit listeners once', () => {
      const heard: unknown[] = [];
      pebble.onExit((exit) => heard.push(exit));
      takeDown(pebble);
      pebble.checks.succeed('up');
      takeDown(pebble);
      expect(heard).toEqual([expect.objectContaining({ service: 'web', exitCode: 11 })]);
    });

    it('stops telling a listener that unsubscribed', () => {
      const heard: unknown[] = [];
      pebble.onExit((exit) => heard.push(exit))();
      takeDown(pebble);
      expect(heard).toEqual([]);
    });
  });

  describe('when the action is success-shutdown', () => {
    beforeEach(() => setUp({ web: service({ up: 'success-shutdown' }) }));

    it('makes Pebble exit with code 0 and stop the service', async () => {
      takeDown(pebble);
      expect(pebble.exited).toMatchObject({ action: 'success-shutdown', exitCode: 0 });
      expect(pebble.serviceStatus('web')).toBe('inactive');
      await expect(client.getChecks()).rejects.toBeInstanceOf(ConnectionError);
    });
  });

  describe('when one service restarts and another asks for a shutdown', () => {
    beforeEach(() => setUp({ api: service({ up: 'restart' }), web: service({ up: 'shutdown' }) }));

    it('takes both actions in name order, then exits', () => {
      takeDown(pebble);
      expect(pebble.checkActions.map((a) => `${a.service}:${a.action}`)).toEqual(['api:restart', 'web:shutdown']);
      expect(pebble.serviceStatus('api')).toBe('inactive');
      expect(pebble.canConnect).toBe(false);
    });
  });

  describe('when the action is ignore, or not given', () => {
    beforeEach(() => setUp({ web: service({ up: 'ignore' }), api: service({ up: '' }) }));

    it('leaves the services running untouched', async () => {
      const since = pebble.services.currentSince('web');
      takeDown(pebble);
      expect(pebble.checkActions).toEqual([]);
      expect(pebble.services.currentSince('web')).toEqual(since);
      expect((await client.getServices()).map((s) => s.current)).toEqual(['active', 'active']);
    });
  });

  describe('when no service names the check', () => {
    beforeEach(() => setUp({ web: service({ other: 'shutdown' }) }));

    it('only records the check-failed notice', async () => {
      pebble.addLayer('other', { checks: { other: check() } });
      takeDown(pebble, 'up');
      expect(pebble.checkActions).toEqual([]);
      expect(pebble.canConnect).toBe(true);
      expect((await client.getNotices({ types: ['check-failed'] })).map((n) => n.key)).toEqual(['up']);
    });
  });

  describe('when a check is restored as down', () => {
    beforeEach(() => setUp({ web: service({ up: 'shutdown' }) }));

    it('holds it down without a notice or any action, since Pebble already acted', async () => {
      pebble.checks.setStatus('up', 'down');
      expect((await client.getChecks())[0]).toMatchObject({ name: 'up', status: 'down', failures: 2 });
      expect(pebble.checkActions).toEqual([]);
      expect(pebble.canConnect).toBe(true);
      expect(await client.getNotices()).toEqual([]);
    });

    it('recovers from there as a check that went down', async () => {
      pebble.checks.setStatus('up', 'down');
      pebble.checks.succeed('up');
      expect((await client.getNotices()).map((n) => n.type)).toEqual(['check-recovered']);
    });

    it('refuses a check the plan does not have', () => {
      expect(() => pebble.checks.setStatus('nope', 'down')).toThrow('the plan has no check "nope"');
    });
  });
});
