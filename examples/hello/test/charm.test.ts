import { join } from 'node:path';
import { Context, createState } from '@jujuts/testing';
import '@jujuts/testing/matchers';
import { HelloCharm } from '../src/charm';

const CHARM_DIR = join(__dirname, '..');
const STORED = 'HelloCharm.state';

function context(): Context<HelloCharm> {
  return new Context(HelloCharm, { charmDir: CHARM_DIR });
}

describe('hello (Context/State)', () => {
  it('installs, then stays Blocked until a greeting is set', async () => {
    const ctx = context();
    const out = await ctx.runAll([ctx.on.install(), ctx.on.configChanged()], createState());
    expect(out).toHaveUnitStatus('blocked', 'set the greeting option');
    expect(out.storedState[STORED]).toMatchObject({ installed: true, greeted: '' });
  });

  it('defers start until configured, then runs it first on the next hook', async () => {
    const ctx = context();
    const started = await ctx.run(ctx.on.start(), createState());
    expect(started).toHaveDeferred('start');
    const configured = await ctx.run(ctx.on.configChanged(), { ...started, config: { ...started.config, greeting: 'hi', repeat: 2 } } as typeof started);
    // The deferred start ran before config-changed, when nothing was configured yet: still deferred.
    expect(configured).toHaveDeferred('start');
    const ticked = await ctx.run(ctx.on.updateStatus(), configured);
    expect(ticked.deferred).toEqual([]);
    expect(ticked).toHaveUnitStatus('active', 'hi hi');
    expect(ticked.storedState[STORED]).toMatchObject({ starts: 1, checks: 1 });
  });

  it('greets through the action', async () => {
    const ctx = context();
    const state = createState({ config: { greeting: 'hello' }, storedState: { [STORED]: { installed: true, starts: 1, greeted: 'hello', checks: 0 } } });
    const run = await ctx.runAction('greet', { name: 'Juju' }, state);
    expect(run.results).toEqual({ message: 'hello, Juju!' });
  });

  it('fails the action while unconfigured', async () => {
    const ctx = context();
    await expect(ctx.runAction('greet', {}, createState())).rejects.toThrow('not configured: set the greeting option');
  });

  it('blocks on invalid config, naming the option and the rule, without running the handler', async () => {
    const ctx = context();
    const out = await ctx.run(ctx.on.configChanged(), createState({ config: { greeting: 'hi', repeat: 9 } }));
    expect(out).toHaveUnitStatus('blocked', 'invalid config: repeat: must not be greater than 5');
    expect(out.storedState[STORED]).toMatchObject({ greeted: '' });
  });
});
