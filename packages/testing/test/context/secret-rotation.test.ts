import { CharmBase, on, type SecretRotateEvent } from '@jujuts/ops';
import { Context, createState, secret } from '../../src/context';

const META = 'name: keeper\n';
const seen: string[] = [];

/** On secret-rotate: notes when the secret was due, then makes a new revision unless its label says lazy. */
class KeeperCharm extends CharmBase {
  @on.secretRotate
  onRotate(e: SecretRotateEvent): void {
    seen.push(e.secret.getInfo().rotates?.toISOString() ?? 'never');
    if (e.secret.label !== 'lazy') e.secret.setContent({ password: 'rotated' });
  }
}

const rotating = (label: string) =>
  secret({ label, owner: 'app', rotate: 'daily', rotates: '2026-07-01T06:00:00.000Z', content: { password: 'pw' } });

beforeEach(() => {
  seen.length = 0;
  jest.useFakeTimers({ now: new Date('2026-07-01T06:00:02.000Z'), doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'queueMicrotask'] });
});
afterEach(() => jest.useRealTimers());

describe('secret rotation in a Context run', () => {
  describe('when the charm makes a new revision', () => {
    it('shows the charm the time it was due, and returns the next one a day on', async () => {
      const ctx = new Context(KeeperCharm, { meta: META });
      const s = rotating('keen');
      const out = await ctx.run(ctx.on.secretRotate(s), createState({ leader: true, secrets: [s] }));
      expect(seen).toEqual(['2026-07-01T06:00:00.000Z']);
      expect(out.secrets[0]).toMatchObject({ rotates: '2026-07-02T06:00:00.000Z', revisions: [{ revision: 1 }, { revision: 2 }] });
    });
  });

  describe('when the charm makes no new revision', () => {
    it('returns a retry five minutes after the time it was due', async () => {
      const ctx = new Context(KeeperCharm, { meta: META });
      const s = rotating('lazy');
      const out = await ctx.run(ctx.on.secretRotate(s), createState({ leader: true, secrets: [s] }));
      expect(out.secrets[0]?.rotates).toBe('2026-07-01T06:05:00.000Z');
    });
  });

  describe('when another event runs', () => {
    it('leaves the rotation time alone', async () => {
      const ctx = new Context(KeeperCharm, { meta: META });
      const s = rotating('keen');
      const out = await ctx.run(ctx.on.updateStatus(), createState({ leader: true, secrets: [s] }));
      expect(out.secrets[0]?.rotates).toBe('2026-07-01T06:00:00.000Z');
    });
  });
});
