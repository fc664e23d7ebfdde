import { CharmBase, Component, CustomEvent, observe, on, stored, type ComponentParent, type RelationJoinedEvent } from '../../src';
import { createJujuState, FakeJuju, hookContext, MemoryStateStore, runHook, type HookEventSpec, type RunHookResult } from '@jujuts/testing';
import type { BuiltCharm } from '../../src/dispatch/build-charm';
import { makeMeta } from '../support/charm-meta.factory';

class TokenIssuedEvent extends CustomEvent<{ token: string }> {}

/** A component with a plain field, a stored field and a custom event. */
class TokenIssuer extends Component {
  readonly issued = this.defineEvent('issued', TokenIssuedEvent);
  @stored() saved = { issued: 0 };
  plainIssued = 0;

  constructor(parent: ComponentParent) {
    super(parent, 'tokens');
  }

  @on.relationJoined('db')
  async onJoined(e: RelationJoinedEvent) {
    this.plainIssued += 1;
    this.saved.issued += 1;
    await this.issued.emit({ token: `${e.unit?.name ?? '?'}#${this.plainIssued}` });
  }
}

class TokenCharm extends CharmBase {
  readonly tokens = new TokenIssuer(this);
  readonly received: string[] = [];
  readonly imperative: string[] = [];
  @stored() state = { hooks: 0 };
  handled = 0;
  failNext = false;

  constructor(...args: ConstructorParameters<typeof CharmBase>) {
    super(...args);
    this.tokens.issued.observe(this, 'onIssuedImperatively');
  }

  @observe((c: TokenCharm) => c.tokens.issued)
  onIssued(e: TokenIssuedEvent) {
    this.received.push(e.data.token);
    if (e.data.token.endsWith('#1')) e.defer();
  }

  onIssuedImperatively(e: TokenIssuedEvent) {
    this.imperative.push(e.data.token);
  }

  @on.updateStatus @on.relationJoined('db')
  count() {
    this.handled += 1;
    this.state.hooks += 1;
    if (this.failNext) throw new Error('boom after changing stored state');
  }
}

const meta = makeMeta({ relations: { db: { role: 'requires' } } });
const joined: HookEventSpec = { path: 'hooks/db-relation-joined', relationId: 1, remoteUnit: 'pg/0' };

/** One unit whose hooks all run on the instance the first one built. */
function reusingUnit() {
  const juju = new FakeJuju(createJujuState({ relations: [{ id: 1, endpoint: 'db', remoteApp: 'pg', remoteUnits: { 'pg/0': {} } }] }, meta));
  const store = new MemoryStateStore();
  let last: BuiltCharm<TokenCharm> | undefined;
  return {
    store,
    async dispatch(spec: HookEventSpec): Promise<RunHookResult<TokenCharm>> {
      const result = await runHook({ charmClass: TokenCharm, meta, juju, store, context: hookContext(juju.view(), spec), reuse: last });
      if (result.ok) last = result.outcome;
      return result;
    },
    async ok(spec: HookEventSpec): Promise<BuiltCharm<TokenCharm>> {
      const result = await this.dispatch(spec);
      if (!result.ok) throw result.error;
      return result.outcome;
    },
  };
}

describe('runDispatch', () => {
  describe('when given a charm to reuse', () => {
    it('runs the hook on that instance, moved to the new framework', async () => {
      const unit = reusingUnit();
      const first = await unit.ok({ path: 'hooks/update-status' });
      const second = await unit.ok({ path: 'hooks/update-status' });
      expect(second.charm).toBe(first.charm);
      expect(second.framework).not.toBe(first.framework);
      expect(second.charm.framework).toBe(second.framework);
      expect(second.charm.tokens.framework).toBe(second.framework);
      expect(second.charm.handled).toBe(2);
    });

    it('routes hook events to components and their custom events to observers', async () => {
      const unit = reusingUnit();
      await unit.ok(joined);
      const { charm } = await unit.ok(joined);
      expect(charm.tokens.plainIssued).toBe(2);
      // The deferred '#1' is re-emitted first on the second hook, then '#2' arrives.
      expect(charm.received).toEqual(['pg/0#1', 'pg/0#1', 'pg/0#2']);
      expect(charm.imperative).toEqual(['pg/0#1', 'pg/0#2']);
    });

    it('persists stored state of the charm and its components', async () => {
      const unit = reusingUnit();
      await unit.ok(joined);
      await unit.ok(joined);
      expect(unit.store.current.stored['TokenCharm.state']).toEqual({ hooks: 2 });
      expect(unit.store.current.stored['TokenCharm/tokens.saved']).toEqual({ issued: 2 });
    });

    it('restores committed stored state after a failed hook changed it', async () => {
      const unit = reusingUnit();
      const { charm } = await unit.ok({ path: 'hooks/update-status' });
      charm.failNext = true;
      const failed = await unit.dispatch({ path: 'hooks/update-status' });
      expect(failed.ok).toBe(false);
      expect(charm.state).toEqual({ hooks: 2 });
      charm.failNext = false;
      await unit.ok({ path: 'hooks/update-status' });
      expect(charm.state).toEqual({ hooks: 2 });
      expect(unit.store.current.stored['TokenCharm.state']).toEqual({ hooks: 2 });
    });
  });
});
