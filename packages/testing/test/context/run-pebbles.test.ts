import { CharmBase, on } from '@jujuts/ops';
import { Context, container, createState, type State } from '../../src/context';
import { WEB_LAYER, WEB_YAML, webContext } from './context-fixture';

const nginx = { command: ['nginx', '-v'], stdout: 'nginx/1.25.3\n' };
const ready = (extra: Parameters<typeof container>[1] = {}) => container('web', { execs: [nginx], ...extra });

/** A charm whose update-status runs whatever the test put in `script`. */
let script: (charm: ScriptCharm) => Promise<void> = async () => undefined;
class ScriptCharm extends CharmBase {
  @on.updateStatus
  async onUpdate(): Promise<void> {
    await script(this);
  }
}
const scripted = () => new Context(ScriptCharm, { meta: WEB_YAML });
const runScript = async (state: State, fn: typeof script) => {
  script = fn;
  const ctx = scripted();
  return { ctx, out: await ctx.run(ctx.on.updateStatus(), state) };
};

describe('containers in a run', () => {
  describe('on pebble-ready', () => {
    it('returns the layer the charm added', async () => {
      const ctx = webContext();
      const out = await ctx.run(ctx.on.pebbleReady('web'), createState({ containers: [ready()] }));
      expect(out.containers[0]?.layers['web']).toMatchObject({ summary: 'web', services: { nginx: { command: 'nginx -g daemon' } } });
    });

    it('returns the services replan started', async () => {
      const ctx = webContext();
      const out = await ctx.run(ctx.on.pebbleReady('web'), createState({ containers: [ready()] }));
      expect(out.containers[0]?.serviceStatuses).toEqual({ nginx: 'active' });
    });

    it('returns the files the charm pushed', async () => {
      const ctx = webContext();
      const out = await ctx.run(ctx.on.pebbleReady('web'), createState({ containers: [ready()] }));
      expect(out.containers[0]?.filesystem).toEqual({ '/etc/nginx/port': '8080' });
    });

    it('records the exec in the exec history with its container', async () => {
      const ctx = webContext();
      const out = await ctx.run(ctx.on.pebbleReady('web'), createState({ containers: [ready()] }));
      expect(ctx.execHistory).toHaveLength(1);
      expect(ctx.execHistory[0]).toMatchObject({ container: 'web', command: ['nginx', '-v'], exitCode: 0 });
      expect(out.workloadVersion).toBe('nginx/1.25.3');
    });
  });

  describe('from the State', () => {
    it('gives the charm the files of the State', async () => {
      let text = '';
      await runScript(createState({ containers: [container('web', { filesystem: { '/etc/app.conf': 'debug=1' } })] }), async (c) => {
        text = String(await c.unit.getContainer('web').pull('/etc/app.conf'));
      });
      expect(text).toBe('debug=1');
    });

    it('returns files the charm removed as gone', async () => {
      const { out } = await runScript(createState({ containers: [container('web', { filesystem: { '/a': '1', '/b': '2' } })] }), async (c) => {
        await c.unit.getContainer('web').removePath('/a');
      });
      expect(out.containers[0]?.filesystem).toEqual({ '/b': '2' });
    });

    it('returns the State container untouched when the charm never used it', async () => {
      const web = container('web', { filesystem: { '/a': '1' } });
      const { out } = await runScript(createState({ containers: [web] }), async () => undefined);
      expect(out.containers[0]).toEqual(web);
    });

    it('gives the charm the layers and plan of the State', async () => {
      let command: string | undefined;
      await runScript(createState({ containers: [container('web', { layers: { base: WEB_LAYER } })] }), async (c) => {
        command = (await c.unit.getContainer('web').getPlan()).services['nginx']?.command;
      });
      expect(command).toBe('nginx -g daemon');
    });

    it('gives the charm the service statuses of the State', async () => {
      let current: string | undefined;
      await runScript(createState({ containers: [container('web', { layers: { base: WEB_LAYER }, serviceStatuses: { nginx: 'active' } })] }), async (c) => {
        current = (await c.unit.getContainer('web').getService('nginx')).current;
      });
      expect(current).toBe('active');
    });

    it('keeps a running service running through a replan of an unchanged plan', async () => {
      const web = container('web', { layers: { base: WEB_LAYER }, serviceStatuses: { nginx: 'active' } });
      const { out } = await runScript(createState({ containers: [web] }), async (c) => {
        await c.unit.getContainer('web').replan();
      });
      expect(out.containers[0]?.serviceStatuses).toEqual({ nginx: 'active' });
    });

    it('returns a service the charm stopped as inactive', async () => {
      const web = container('web', { layers: { base: WEB_LAYER }, serviceStatuses: { nginx: 'active' } });
      const { out } = await runScript(createState({ containers: [web] }), async (c) => {
        await c.unit.getContainer('web').stop('nginx');
      });
      expect(out.containers[0]?.serviceStatuses).toEqual({ nginx: 'inactive' });
    });

    it('makes Pebble unreachable when canConnect is false', async () => {
      let can = true;
      await runScript(createState({ containers: [container('web', { canConnect: false })] }), async (c) => {
        can = await c.unit.getContainer('web').canConnect();
      });
      expect(can).toBe(false);
    });

    it('makes a declared container missing from the State unreachable', async () => {
      let can = true;
      await runScript(createState(), async (c) => {
        can = await c.unit.getContainer('web').canConnect();
      });
      expect(can).toBe(false);
    });

    it('says how to fix the State when the charm reaches a container missing from it', async () => {
      const attempt = runScript(createState(), async (c) => {
        await c.unit.getContainer('web').push('/x', 'y');
      });
      await expect(attempt).rejects.toThrow("(container \"web\" is not in the State, so Pebble cannot be reached; add container('web') to the State's containers)");
    });

    it('points at canConnect when the container cannot be reached', async () => {
      const attempt = runScript(createState({ containers: [container('web', { canConnect: false })] }), async (c) => {
        await c.unit.getContainer('web').push('/x', 'y');
      });
      await expect(attempt).rejects.toThrow('(container "web" has canConnect: false in the State)');
    });

    it('answers exec with a handler that sees the request', async () => {
      let out = '';
      const web = container('web', { execs: [{ command: ['echo'], handler: (req) => ({ stdout: req.command.slice(1).join(' ') }) }] });
      await runScript(createState({ containers: [web] }), async (c) => {
        const proc = await c.unit.getContainer('web').exec(['echo', 'hi', 'there']);
        out = String((await proc.waitOutput()).stdout);
      });
      expect(out).toBe('hi there');
    });

    it('fails an exec nobody answers as Pebble does', async () => {
      const attempt = runScript(createState({ containers: [container('web')] }), async (c) => {
        await c.unit.getContainer('web').exec(['missing']);
      });
      await expect(attempt).rejects.toThrow('cannot find executable "missing"');
    });

    it('gives the charm the notices of the State, numbered in order', async () => {
      let keys: string[] = [];
      const web = container('web', { notices: [{ key: 'example.com/a' }, { key: 'example.com/b', data: { x: '1' } }] });
      await runScript(createState({ containers: [web] }), async (c) => {
        keys = (await c.unit.getContainer('web').getNotices()).map((n) => `${n.id}:${n.key}`);
      });
      expect(keys).toEqual(['1:example.com/a', '2:example.com/b']);
    });

    it('gives the charm a check down when the State says so', async () => {
      let status = '';
      const layer = { checks: { alive: { override: 'replace' as const, threshold: 2, exec: { command: 'true' } } } };
      await runScript(createState({ containers: [container('web', { layers: { base: layer }, checks: [{ name: 'alive', status: 'down' }] })] }), async (c) => {
        status = (await c.unit.getContainer('web').getCheck('alive')).status;
      });
      expect(status).toBe('down');
    });

    it('takes a down check as Pebble left it: its on-check-failure action is not run again', async () => {
      const layer = {
        services: { app: { override: 'replace' as const, command: 'app', 'on-check-failure': { alive: 'shutdown' as const } } },
        checks: { alive: { override: 'replace' as const, exec: { command: 'true' } } },
      };
      let reachable = false;
      const state = createState({ containers: [container('web', { layers: { base: layer }, serviceStatuses: { app: 'active' }, checks: [{ name: 'alive', status: 'down' }] })] });
      const { out } = await runScript(state, async (c) => {
        reachable = await c.unit.getContainer('web').canConnect();
      });
      expect(reachable).toBe(true);
      expect(out.containers[0]?.serviceStatuses).toEqual({ app: 'active' });
      expect(out.containers[0]?.notices).toEqual([]);
    });

    it('returns the checks with their status', async () => {
      const layer = { checks: { alive: { override: 'replace' as const, exec: { command: 'true' } } } };
      const { out } = await runScript(createState({ containers: [container('web', { layers: { base: layer } })] }), async (c) => {
        await c.unit.getContainer('web').stopChecks('alive');
      });
      expect(out.containers[0]?.checks).toEqual([{ name: 'alive', status: 'inactive' }]);
    });

    it('returns notices the charm added', async () => {
      const { out } = await runScript(createState({ containers: [container('web')] }), async (c) => {
        await c.unit.getContainer('web').pebble.notify('custom', 'example.com/done', { ok: '1' });
      });
      expect(out.containers[0]?.notices).toEqual([{ type: 'custom', key: 'example.com/done', data: { ok: '1' } }]);
    });
  });

  describe('when the event is pebble-custom-notice', () => {
    it('hands the charm the notice by the id Pebble gave it', async () => {
      const ctx = webContext();
      const web = container('web', { notices: [{ key: 'example.com/a' }, { key: 'example.com/b' }] });
      const out = await ctx.run(ctx.on.pebbleCustomNotice(web, web.notices[1] ?? 'x'), createState({ containers: [web] }));
      expect((out.storedState['WebCharm.state'] as { seen: string[] }).seen).toEqual(['web-pebble-custom-notice example.com/b']);
    });
  });
});
