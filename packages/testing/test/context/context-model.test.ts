import { CharmBase, charm, on, type ConfigChangedEvent } from '@jujuts/ops';
import { IsInt, Max } from 'class-validator';
import { Context, createState, network, relation, secret } from '../../src/context';
import { WEB_YAML, webContext } from './context-fixture';

/** What the charm sees of the State, read in component mode. */
describe('the model a charm sees in a Context run', () => {
  const ctx = webContext();

  it('has the model name and uuid of the State', async () => {
    const { result } = await ctx.withCharm(createState({ model: { name: 'prod', uuid: '11111111-2222-4333-8444-555555555555' } }), (c) => [c.model.name, c.model.uuid]);
    expect(result).toEqual(['prod', '11111111-2222-4333-8444-555555555555']);
  });

  it('reports the default network for a declared binding', async () => {
    const { result } = await ctx.withCharm(createState(), (c) => c.model.getBinding('metrics').network.ingressAddress);
    expect(result).toBe('192.0.2.0');
  });

  it('reports a network given in the State', async () => {
    const { result } = await ctx.withCharm(createState({ networks: { db: network({ address: '10.1.2.3', cidr: '10.1.2.0/24' }) } }), (c) => c.model.getBinding('db').network.ingressAddress);
    expect(result).toBe('10.1.2.3');
  });

  it('fetches resources from the State', async () => {
    const { result } = await ctx.withCharm(createState({ resources: { image: '/tmp/image.json' } }), (c) => c.model.resources.fetch('image'));
    expect(result).toBe('/tmp/image.json');
  });

  it('returns the ports the charm opened in the State', async () => {
    const { state } = await ctx.withCharm(createState(), (c) => c.unit.openPort('tcp', 8080));
    expect(state.openedPorts).toEqual([{ protocol: 'tcp', port: 8080 }]);
  });

  it('reads an observed secret at its tracked revision', async () => {
    const s = secret({ revisions: [{ revision: 1, content: { pw: 'old' } }, { revision: 2, content: { pw: 'new' } }], trackedRevision: 1 });
    const { result } = await ctx.withCharm(createState({ secrets: [s] }), (c) => c.model.getSecret({ id: s.id }).getContent());
    expect(result).toEqual({ pw: 'old' });
  });

  it('returns a secret the charm added in the State', async () => {
    const { state } = await ctx.withCharm(createState({ leader: true }), (c) => {
      c.app.addSecret({ token: 'abc' }, { label: 'api' });
    });
    expect(state.secrets).toHaveLength(1);
    expect(state.secrets[0]).toMatchObject({ owner: 'app', label: 'api', revisions: [{ revision: 1, content: { token: 'abc' } }] });
  });

  it('lists the relation units of the State', async () => {
    const db = relation('db', { remoteApp: 'pg', remoteUnits: { 'pg/0': {}, 'pg/1': {} } });
    const { result } = await ctx.withCharm(createState({ relations: [db] }), (c) => [...(c.model.getRelation('db')?.units ?? [])].map((u) => u.name).sort());
    expect(result).toEqual(['pg/0', 'pg/1']);
  });

  it('keeps our app bag from a non-leader, as Juju does', async () => {
    const db = relation('db', { localAppData: { secret: 'x' } });
    const attempt = ctx.withCharm(createState({ relations: [db] }), (c) => c.model.getRelation('db')?.data(c.app).get('secret'));
    await expect(attempt).rejects.toThrow(/leader/);
  });
});

class PortConfig {
  @IsInt() @Max(9999) port = 8080;
}

@charm({ config: PortConfig })
class TypedCharm extends CharmBase<PortConfig> {
  @on.configChanged
  onConfig(_e: ConfigChangedEvent): void {
    this.unit.setWorkloadVersion(String(this.config.port));
  }
}

describe('a charm with typed config in a Context run', () => {
  const ctx = new Context(TypedCharm, { meta: WEB_YAML });

  it('hands valid config to the handler', async () => {
    const out = await ctx.run(ctx.on.configChanged(), createState({ config: { port: 81 } }));
    expect(out.workloadVersion).toBe('81');
  });

  it('blocks the unit on invalid config without running the handler', async () => {
    const out = await ctx.run(ctx.on.configChanged(), createState({ config: { port: 100000 } }));
    expect(out.unitStatus.status).toBe('blocked');
    expect(out.unitStatus.message).toContain('port');
    expect(ctx.workloadVersionHistory).toEqual([]);
  });

  it('runs an event the charm does not observe without error, changing nothing', async () => {
    const input = createState({ config: { port: 81 } });
    const out = await ctx.run(ctx.on.upgradeCharm(), input);
    expect(out.unitStatus).toEqual(input.unitStatus);
    expect(ctx.emittedEvents).toEqual([]);
  });
});
