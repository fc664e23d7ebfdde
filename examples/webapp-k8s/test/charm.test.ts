import { ContextActionFailed } from '../../../packages/testing/src/context';
import { commandOf, webappContext, webappState, webContainer, webOf, websiteRelation } from './webapp-fixture';

const URL_8080 = 'http://webapp-k8s.test-model.svc.cluster.local:8080';

/** A web container where pebble-ready already planned and started the app on `port`. */
function plannedWeb(port = 8080, extra: Parameters<typeof webContainer>[0] = {}) {
  return webContainer({
    layers: {
      webapp: {
        services: { webapp: { override: 'replace', command: `/usr/local/bin/webapp --port ${port} --log-level info`, startup: 'enabled', environment: { WEBAPP_GREETING: 'Hello from Juju' } } },
        checks: { 'webapp-up': { override: 'replace', level: 'alive', threshold: 3, http: { url: `http://localhost:${port}/health` } } },
      },
    },
    serviceStatuses: { webapp: 'active' },
    ...extra,
  });
}

describe('webapp-k8s (Context/State)', () => {
  describe('on web-pebble-ready', () => {
    it('adds the layer built from config and starts the service', async () => {
      const ctx = webappContext();
      const out = await ctx.run(ctx.on.pebbleReady('web'), webappState({ config: { port: 9000, 'log-level': 'debug' } }));
      const web = webOf(out);
      const layer = web.layers['webapp'];
      expect(layer && commandOf(layer)).toBe('/usr/local/bin/webapp --port 9000 --log-level debug');
      expect(layer?.services?.['webapp']?.environment).toEqual({ WEBAPP_GREETING: 'Hello from Juju' });
      expect(layer?.checks?.['webapp-up']?.http?.url).toBe('http://localhost:9000/health');
      expect(web.serviceStatuses['webapp']).toBe('active');
      expect(out.unitStatus).toEqual({ status: 'active', message: 'serving on :9000' });
    });
  });

  describe('on config-changed', () => {
    describe('when Pebble answers', () => {
      it('replans with the new command and environment', async () => {
        const ctx = webappContext();
        const state = webappState({ config: { port: 8081, greeting: 'hi' }, containers: [plannedWeb(8080)] });
        const out = await ctx.run(ctx.on.configChanged(), state);
        const layer = webOf(out).layers['webapp'];
        expect(layer && commandOf(layer)).toBe('/usr/local/bin/webapp --port 8081 --log-level info');
        expect(layer?.services?.['webapp']?.environment).toEqual({ WEBAPP_GREETING: 'hi' });
        expect(webOf(out).serviceStatuses['webapp']).toBe('active');
        expect(out.openedPorts).toEqual([{ protocol: 'tcp', port: 8081 }]);
      });
    });

    describe('when Pebble is not up yet', () => {
      it('plans nothing, defers nothing and waits for pebble-ready', async () => {
        const ctx = webappContext();
        const out = await ctx.run(ctx.on.configChanged(), createDownState());
        expect(webOf(out).layers).toEqual({});
        expect(out.deferred).toEqual([]);
        expect(out.unitStatus).toEqual({ status: 'waiting', message: 'waiting for Pebble in the web container' });
      });
    });

    describe('when the config is invalid', () => {
      it.each([
        [{ port: 0 }, 'port'],
        [{ port: 70000 }, 'port'],
        [{ 'log-level': 'loud' }, 'log-level'],
      ])('blocks the unit naming the option (%j) and leaves the plan alone', async (config, option) => {
        const ctx = webappContext();
        const before = webappState({ config, containers: [plannedWeb(8080)] });
        const out = await ctx.run(ctx.on.configChanged(), before);
        expect(out.unitStatus.status).toBe('blocked');
        expect(out.unitStatus.message).toContain(option);
        expect(webOf(out).layers).toEqual(webOf(before).layers);
      });
    });

    describe('when the leader has website clients', () => {
      it('publishes the URL with the new port', async () => {
        const ctx = webappContext();
        const website = websiteRelation();
        const out = await ctx.run(ctx.on.configChanged(), webappState({ leader: true, config: { port: 8443 }, relations: [website], containers: [plannedWeb()] }));
        expect(JSON.parse(out.relations[0]?.localAppData['url'] ?? 'null')).toBe('http://webapp-k8s.test-model.svc.cluster.local:8443');
      });
    });
  });

  describe('on website-relation-joined', () => {
    it('publishes the URL in the app databag when leader', async () => {
      const ctx = webappContext();
      const website = websiteRelation();
      const out = await ctx.run(ctx.on.relationJoined(website, { remoteUnit: 'proxy/0' }), webappState({ leader: true, relations: [website] }));
      expect(out.relations[0]?.localAppData).toEqual({ url: JSON.stringify(URL_8080) });
    });

    it('leaves the app databag alone when not leader', async () => {
      const ctx = webappContext();
      const website = websiteRelation();
      const out = await ctx.run(ctx.on.relationJoined(website, { remoteUnit: 'proxy/0' }), webappState({ leader: false, relations: [website] }));
      expect(out.relations[0]?.localAppData).toEqual({});
    });
  });

  describe('on leader-elected', () => {
    it('publishes the URL to every website relation', async () => {
      const ctx = webappContext();
      const [a, b] = [websiteRelation(), websiteRelation()];
      const out = await ctx.run(ctx.on.leaderElected(), webappState({ leader: true, relations: [a, b] }));
      expect(out.relations.map((r) => r.localAppData['url'])).toEqual([JSON.stringify(URL_8080), JSON.stringify(URL_8080)]);
    });
  });

  describe('the restart action', () => {
    it('restarts the service and reports the reason and count', async () => {
      const ctx = webappContext();
      const run = await ctx.runAction('restart', { reason: 'new cert' }, webappState({ containers: [plannedWeb()], storedState: { 'WebappCharm.state': { restarts: 2, checkFailures: 0 } } }));
      expect(run.results).toEqual({ service: 'webapp', reason: 'new cert', restarts: '3' });
      expect(run.logs).toEqual(['restarting webapp: new cert']);
      expect(webOf(run.state).serviceStatuses['webapp']).toBe('active');
      expect(run.state.storedState['WebappCharm.state']).toEqual({ restarts: 3, checkFailures: 0 });
    });

    it('defaults the reason', async () => {
      const ctx = webappContext();
      const run = await ctx.runAction('restart', {}, webappState({ containers: [plannedWeb()] }));
      expect(run.results['reason']).toBe('operator request');
    });

    it('fails, saying why, when Pebble is not up', async () => {
      const ctx = webappContext();
      const failure = ctx.runAction('restart', {}, createDownState());
      await expect(failure).rejects.toThrow(ContextActionFailed);
      await expect(failure).rejects.toThrow('the web container is not reachable yet; retry once the unit is active');
    });

    it('fails when the service is not planned yet', async () => {
      const ctx = webappContext();
      await expect(ctx.runAction('restart', {}, webappState())).rejects.toThrow('service webapp is not planned yet');
    });

    it('fails on a parameter of the wrong type', async () => {
      const ctx = webappContext();
      await expect(ctx.runAction('restart', { reason: 42 }, webappState({ containers: [plannedWeb()] }))).rejects.toThrow(/reason/);
    });
  });

  describe('on web-pebble-check-failed', () => {
    it('restarts the service, counts the failure and warns in the log', async () => {
      const ctx = webappContext();
      const state = webappState({ containers: [plannedWeb(8080, { checks: [{ name: 'webapp-up', status: 'down' }] })] });
      const out = await ctx.run(ctx.on.pebbleCheckFailed('web', 'webapp-up'), state);
      expect(out.storedState['WebappCharm.state']).toEqual({ restarts: 1, checkFailures: 1 });
      expect(ctx.jujuLog.some((l) => l.level === 'WARNING' && l.message.includes('health check webapp-up failed on port 8080'))).toBe(true);
      expect(out.unitStatus).toEqual({ status: 'blocked', message: 'webapp fails its health check on port 8080; see juju debug-log' });
    });

    it('leaves the service alone when another check failed', async () => {
      const ctx = webappContext();
      const base = plannedWeb();
      const layers = { ...base.layers, ops: { checks: { 'disk-space': { override: 'replace' as const, exec: { command: 'df /' } } } } };
      const web = webContainer({ layers, serviceStatuses: base.serviceStatuses, checks: [{ name: 'disk-space', status: 'down' }] });
      const out = await ctx.run(ctx.on.pebbleCheckFailed('web', 'disk-space'), webappState({ containers: [web] }));
      expect(out.storedState['WebappCharm.state']).toEqual({ restarts: 0, checkFailures: 0 });
    });
  });

  describe('collect-status', () => {
    it('waits while the service is planned but not running', async () => {
      const ctx = webappContext();
      const out = await ctx.run(ctx.on.updateStatus(), webappState({ containers: [plannedWeb(8080, { serviceStatuses: { webapp: 'inactive' } })] }));
      expect(out.unitStatus).toEqual({ status: 'waiting', message: 'waiting for the webapp service to start' });
    });

    it('is active while the service runs and its check passes', async () => {
      const ctx = webappContext();
      const out = await ctx.run(ctx.on.updateStatus(), webappState({ containers: [plannedWeb(8080, { checks: [{ name: 'webapp-up', status: 'up' }] })] }));
      expect(out.unitStatus).toEqual({ status: 'active', message: 'serving on :8080' });
    });
  });
});

function createDownState() {
  return webappState({ containers: [webContainer({ canConnect: false })] });
}
