import type { Harness } from '../../../packages/testing/src/harness';
import { ActionFailed } from '../../../packages/testing/src/harness';
import type { WebappCharm } from '../src/charm';
import { commandOf, webappHarness } from './webapp-fixture';

const harnesses: Harness<WebappCharm>[] = [];

/** A begun harness, cleaned up after the test. */
function begin(options: Parameters<typeof webappHarness>[0] = {}): Harness<WebappCharm> {
  const harness = webappHarness(options);
  harnesses.push(harness);
  return harness;
}

/** A harness whose workload pebble-ready has run: the app is planned and running. */
async function running(options: Parameters<typeof webappHarness>[0] = {}): Promise<Harness<WebappCharm>> {
  const harness = begin(options);
  await harness.containerPebbleReady('web');
  return harness;
}

/** Task summaries of the latest change Pebble recorded. */
async function lastChangeTasks(harness: Harness<WebappCharm>): Promise<string[]> {
  const changes = await harness.model.unit.getContainer('web').pebble.getChanges({ select: 'all' });
  const last = changes.sort((a, b) => Number(a.id) - Number(b.id)).at(-1);
  return last?.tasks.map((t) => t.summary) ?? [];
}

/** Takes the health check down in the fake Pebble, as failed probes would, and tells the charm. */
async function failCheck(harness: Harness<WebappCharm>): Promise<void> {
  for (let i = 0; i < 3; i++) harness.pebble('web').checks.fail('webapp-up');
  await harness.emit({ path: 'hooks/web-pebble-check-failed', workloadName: 'web', checkName: 'webapp-up' });
}

afterEach(() => {
  for (const harness of harnesses.splice(0)) harness.cleanup();
});

describe('webapp-k8s (Harness)', () => {
  describe('containerPebbleReady', () => {
    it('plans the web app and starts it', async () => {
      const harness = await running({ config: { port: 9000 } });
      const plan = harness.getContainerPebblePlan('web');
      expect(commandOf(plan)).toBe('/usr/local/bin/webapp --port 9000 --log-level info');
      expect(plan.checks['webapp-up']?.http?.url).toBe('http://localhost:9000/health');
      expect(harness.pebble('web').serviceStatus('webapp')).toBe('active');
      expect(harness.unitStatus.name).toBe('active');
      expect(harness.unitStatus.message).toBe('serving on :9000');
    });
  });

  describe('updateConfig', () => {
    it('restarts the app with the new command and environment', async () => {
      const harness = await running();
      await harness.updateConfig({ 'log-level': 'debug', greeting: 'bonjour' });
      const service = harness.getContainerPebblePlan('web').services['webapp'];
      expect(service?.command).toBe('/usr/local/bin/webapp --port 8080 --log-level debug');
      expect(service?.environment).toEqual({ WEBAPP_GREETING: 'bonjour' });
      expect(await lastChangeTasks(harness)).toEqual(['Stop service "webapp"', 'Start service "webapp"']);
      expect(harness.pebble('web').serviceStatus('webapp')).toBe('active');
    });

    it('does not restart the app when nothing it runs with changed', async () => {
      const harness = await running();
      await harness.updateConfig({ port: 8080 });
      expect(await lastChangeTasks(harness)).toEqual(['Start service "webapp"']);
    });

    it('opens the configured port', async () => {
      const harness = await running();
      await harness.updateConfig({ port: 8081 });
      expect([...harness.model.unit.openedPorts()]).toEqual([expect.objectContaining({ protocol: 'tcp', port: 8081 })]);
    });

    it('blocks the unit on an out-of-range port, keeping the running plan', async () => {
      const harness = await running();
      await harness.updateConfig({ port: 0 });
      expect(harness.unitStatus.name).toBe('blocked');
      expect(harness.unitStatus.message).toContain('port');
      expect(commandOf(harness.getContainerPebblePlan('web'))).toContain('--port 8080');
    });

    it('waits, without deferring, until Pebble is up', async () => {
      const harness = begin();
      await harness.updateConfig({ port: 8081 });
      expect(harness.getContainerPebblePlan('web').services).toEqual({});
      expect(harness.deferred).toEqual([]);
      expect(harness.unitStatus.name).toBe('waiting');
    });
  });

  describe('the website relation', () => {
    it('gets the URL from the leader', async () => {
      const harness = begin({ leader: true });
      const id = await harness.addRelation('website', 'proxy');
      await harness.addRelationUnit(id, 'proxy/0');
      expect(harness.getRelationData(id, 'webapp-k8s')).toEqual({ url: '"http://webapp-k8s.test-model.svc.cluster.local:8080"' });
    });

    it('gets nothing from a unit that is not leader', async () => {
      const harness = begin({ leader: false });
      const id = await harness.addRelation('website', 'proxy');
      await harness.addRelationUnit(id, 'proxy/0');
      expect(harness.getRelationData(id, 'webapp-k8s')).toEqual({});
    });

    it('follows a port change', async () => {
      const harness = begin({ leader: true });
      const id = await harness.addRelation('website', 'proxy');
      await harness.addRelationUnit(id, 'proxy/0');
      await harness.updateConfig({ port: 9090 });
      expect(harness.getRelationData(id, 'webapp-k8s')['url']).toBe('"http://webapp-k8s.test-model.svc.cluster.local:9090"');
    });
  });

  describe('runAction restart', () => {
    it('restarts the service and reports it', async () => {
      const harness = await running();
      const output = await harness.runAction('restart', { reason: 'rotate logs' });
      expect(output.results).toEqual({ service: 'webapp', reason: 'rotate logs', restarts: '1' });
      expect(output.logs).toEqual(['restarting webapp: rotate logs']);
      expect(await lastChangeTasks(harness)).toEqual(['Stop service "webapp"', 'Start service "webapp"']);
    });

    it('fails with the reason before Pebble is up', async () => {
      const harness = begin();
      const failure = harness.runAction('restart');
      await expect(failure).rejects.toThrow(ActionFailed);
      await expect(failure).rejects.toThrow('the web container is not reachable yet');
    });
  });

  describe('when the health check fails', () => {
    it('restarts the app and goes Blocked until the check recovers', async () => {
      const harness = await running();
      await failCheck(harness);
      expect(await lastChangeTasks(harness)).toEqual(['Stop service "webapp"', 'Start service "webapp"']);
      expect(harness.storedState['WebappCharm.state']).toEqual({ restarts: 1, checkFailures: 1 });
      expect(harness.unitStatus.name).toBe('blocked');

      harness.pebble('web').checks.succeed('webapp-up');
      await harness.emit({ path: 'hooks/web-pebble-check-recovered', workloadName: 'web', checkName: 'webapp-up' });
      expect(harness.unitStatus.name).toBe('active');
      expect(harness.logs.some((l) => l.message.includes('health check webapp-up passes again'))).toBe(true);
    });
  });
});
