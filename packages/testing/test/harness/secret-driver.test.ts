import { CharmBase, SecretNotFoundError, on, secret, type ConfigChangedEvent, type SecretChangedEvent, type SecretRotateEvent } from '@jujuts/ops';
import { HarnessError } from '../../src/harness';
import { recorder, seen, webHarness } from './harness-fixture';

const creds = secret('creds');
const reads: string[] = [];

class ReaderCharm extends CharmBase {
  @on.secretChanged onChanged(e: SecretChangedEvent) {
    reads.push(`changed ${JSON.stringify(e.secret.getContent({ refresh: true }))}`);
  }
  @creds.rotate onRotate(e: SecretRotateEvent) {
    e.secret.setContent({ password: 'rotated' });
    reads.push('rotated');
  }
}

class OwnerCharm extends CharmBase {
  @on.install onInstall() {
    this.app.addSecret({ password: 'pw1' }, { label: 'creds' });
  }
}

beforeEach(() => {
  reads.length = 0;
});

/** Adds a daily-rotating secret on install; on secret-rotate notes when it was due, then makes a new revision unless config `name` says lazy (or broken: it fails). */
class RotatingCharm extends CharmBase {
  @on.install onInstall() {
    this.app.addSecret({ password: 'pw1' }, { label: 'creds', rotate: 'daily' });
  }
  @on.configChanged onConfig(_e: ConfigChangedEvent) {
    reads.push(`rotates ${this.model.getSecret({ label: 'creds' }).getInfo().rotates?.toISOString() ?? 'never'}`);
  }
  @creds.rotate onRotate(e: SecretRotateEvent) {
    reads.push(`rotating, due ${e.secret.getInfo().rotates?.toISOString() ?? 'never'}`);
    const mood = this.model.config.get('name');
    if (mood === 'broken') throw new Error('cannot reach the database to rotate its password');
    if (mood !== 'lazy') e.secret.setContent({ password: 'rotated' });
  }
}

// Only Date is faked: the dispatch pipeline's own timers and ticks run as usual.
const REAL_TIMERS = ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] as const;

describe('secrets', () => {
  describe('a secret another app owns', () => {
    it('is invisible to the charm until granted', async () => {
      const harness = recorder();
      const id = harness.addCharmSecret('vault', { token: 'abc' });
      expect(() => harness.model.getSecret({ id })).toThrow(SecretNotFoundError);
      harness.grantSecret(id, 'web');
      expect(harness.model.getSecret({ id }).getContent()).toEqual({ token: 'abc' });
    });

    it('can be granted to this unit alone', () => {
      const harness = recorder();
      const id = harness.addCharmSecret('vault', { token: 'abc' });
      harness.grantSecret(id, 'web/0');
      expect(harness.model.getSecret({ id }).getContent()).toEqual({ token: 'abc' });
    });

    it('is invisible again once revoked', () => {
      const harness = recorder();
      const id = harness.addCharmSecret('vault', { token: 'abc' });
      harness.grantSecret(id, 'web');
      harness.revokeSecret(id, 'web');
      expect(() => harness.model.getSecret({ id })).toThrow(SecretNotFoundError);
    });

    it('stays visible while another grant to us remains', () => {
      const harness = recorder();
      const id = harness.addCharmSecret('vault', { token: 'abc' });
      harness.grantSecret(id, 'web');
      harness.grantSecret(id, 'web/0');
      harness.revokeSecret(id, 'web');
      expect(harness.model.getSecret({ id }).getContent()).toEqual({ token: 'abc' });
    });

    it('emits secret-changed on a new revision, which the charm reads with refresh', async () => {
      const harness = webHarness(ReaderCharm);
      harness.begin();
      const id = harness.addCharmSecret('vault', { token: 'one' });
      harness.grantSecret(id, 'web');
      await harness.setSecretContent(id, { token: 'two' });
      expect(reads).toEqual(['changed {"token":"two"}']);
      expect(harness.getSecretRevisions(id)).toEqual([1, 2]);
    });

    it('names the secret by this unit label in secret-changed', async () => {
      const harness = recorder();
      const id = harness.addCharmSecret('vault', { token: 'one' }, { label: 'vault-token' });
      harness.grantSecret(id, 'web');
      await harness.setSecretContent(id, { token: 'two' });
      expect(seen).toEqual(['secret-changed vault-token']);
    });

    it('keeps the charm on its tracked revision until it refreshes', async () => {
      const harness = recorder();
      const id = harness.addCharmSecret('vault', { token: 'one' });
      harness.grantSecret(id, 'web');
      await harness.setSecretContent(id, { token: 'two' });
      expect(harness.model.getSecret({ id }).getContent()).toEqual({ token: 'one' });
      expect(harness.model.getSecret({ id }).peekContent()).toEqual({ token: 'two' });
    });

    it('emits nothing for a new revision the charm cannot see', async () => {
      const harness = recorder();
      const id = harness.addCharmSecret('vault', { token: 'one' });
      await harness.setSecretContent(id, { token: 'two' });
      expect(seen).toEqual([]);
    });

    it('cannot be rotated by the harness for the charm (the charm does not own it)', async () => {
      const harness = recorder();
      const id = harness.addCharmSecret('vault', { token: 'one' });
      harness.grantSecret(id, 'web');
      await expect(harness.triggerSecretRotation(id)).rejects.toThrow(`is not a secret this charm owns (its owner is vault)`);
    });

    it('refuses content Juju would refuse', () => {
      expect(() => recorder().addCharmSecret('vault', { t: 'x' })).toThrow("addCharmSecret('vault'): invalid secret key \"t\"");
      expect(() => recorder().addCharmSecret('vault', {})).toThrow('missing secret value');
    });
  });

  describe('a user secret', () => {
    it('carries the label given for this unit once granted', () => {
      const harness = recorder();
      const id = harness.addUserSecret({ password: 'hunter2' }, { label: 'admin' });
      harness.grantSecret(id, 'web');
      expect(harness.model.getSecret({ label: 'admin' }).getContent()).toEqual({ password: 'hunter2' });
    });

    it('is read once granted to the application', () => {
      const harness = recorder();
      const id = harness.addUserSecret({ password: 'hunter2' });
      harness.grantSecret(id, 'web');
      expect(harness.model.getSecret({ id }).getContent()).toEqual({ password: 'hunter2' });
    });
  });

  describe('a secret the charm owns', () => {
    it('can be seeded by the test for this app', () => {
      const harness = recorder({ leader: true });
      const id = harness.addCharmSecret('web', { password: 'pw' });
      expect(harness.model.getSecret({ id }).getContent()).toEqual({ password: 'pw' });
      expect(harness.juju.state.secrets[0]?.owner).toBe('app');
    });

    it('can be seeded for this unit', () => {
      const harness = recorder();
      harness.addCharmSecret('web/0', { password: 'pw' });
      expect(harness.juju.state.secrets[0]?.owner).toBe('unit');
    });

    it('is changed by the charm, not the harness', async () => {
      const harness = recorder({ leader: true });
      const id = harness.addCharmSecret('web', { password: 'pw' });
      await expect(harness.setSecretContent(id, { password: 'x' })).rejects.toThrow('is owned by this charm: the charm changes it through its Secret object');
      expect(() => harness.grantSecret(id, 'other')).toThrow(HarnessError);
    });

    it('gets secret-rotate, which the handler of its label answers with a new revision', async () => {
      const harness = webHarness(ReaderCharm, { leader: true });
      const id = harness.addCharmSecret('web', { password: 'pw1' }, { label: 'creds' });
      harness.begin();
      await harness.triggerSecretRotation(id);
      expect(reads).toEqual(['rotated']);
      expect(harness.getSecretRevisions(id)).toEqual([1, 2]);
    });

    describe('when it rotates', () => {
      beforeEach(() => jest.useFakeTimers({ now: new Date('2026-03-01T09:00:00.000Z'), doNotFake: [...REAL_TIMERS] }));
      afterEach(() => jest.useRealTimers());

      async function rotatingHarness() {
        const harness = webHarness(RotatingCharm, { leader: true });
        harness.begin();
        await harness.emit('install');
        const id = harness.juju.state.secrets[0]?.id ?? '';
        return { harness, id };
      }

      it('shows the charm its next rotation time through getInfo()', async () => {
        const { harness } = await rotatingHarness();
        await harness.updateConfig({ name: 'web' });
        expect(reads).toEqual(['rotates 2026-03-02T09:00:00.000Z']);
        expect(harness.model.getSecret({ label: 'creds' }).getInfo().rotates).toEqual(new Date('2026-03-02T09:00:00.000Z'));
      });

      it('moves the time on by the policy once the charm made a new revision', async () => {
        const { harness, id } = await rotatingHarness();
        jest.setSystemTime(new Date('2026-03-02T09:00:01.000Z'));
        await harness.triggerSecretRotation(id);
        expect(reads).toEqual(['rotating, due 2026-03-02T09:00:00.000Z']);
        expect(harness.getSecretRevisions(id)).toEqual([1, 2]);
        expect(harness.juju.state.secrets[0]?.rotates).toBe('2026-03-03T09:00:00.000Z');
      });

      it('retries five minutes after the time that fired when the charm made no new revision', async () => {
        const { harness, id } = await rotatingHarness();
        harness.disableHooks();
        await harness.updateConfig({ name: 'lazy' });
        harness.enableHooks();
        await harness.triggerSecretRotation(id);
        expect(harness.getSecretRevisions(id)).toEqual([1]);
        expect(harness.juju.state.secrets[0]?.rotates).toBe('2026-03-02T09:05:00.000Z');
      });

      it('keeps the time when the hook fails, for Juju to fire it again', async () => {
        const { harness, id } = await rotatingHarness();
        harness.disableHooks();
        await harness.updateConfig({ name: 'broken' });
        harness.enableHooks();
        await expect(harness.triggerSecretRotation(id)).rejects.toThrow('cannot reach the database');
        expect(harness.juju.state.secrets[0]?.rotates).toBe('2026-03-02T09:00:00.000Z');
      });
    });

    it('is created by the charm and then visible to the harness', async () => {
      const harness = webHarness(OwnerCharm, { leader: true });
      harness.begin();
      await harness.emit('install');
      const id = harness.juju.state.secrets[0]?.id ?? '';
      expect(harness.getSecretRevisions(id)).toEqual([1]);
      expect(harness.model.getSecret({ label: 'creds' }).getContent()).toEqual({ password: 'pw1' });
    });

    it('gets secret-remove and secret-expired with the revision', async () => {
      const harness = recorder({ leader: true });
      const id = harness.addCharmSecret('web', { password: 'pw' });
      await harness.triggerSecretRemoval(id, 1, { label: 'l1' });
      await harness.triggerSecretExpiration(id, 1, { label: 'l2' });
      expect(seen).toEqual(['secret-remove l1', 'secret-expired l2']);
    });

    it('refuses a revision it does not have', async () => {
      const harness = recorder({ leader: true });
      const id = harness.addCharmSecret('web', { password: 'pw' });
      await expect(harness.triggerSecretRemoval(id, 4)).rejects.toThrow(`secret ${id} has no revision 4 (revisions: 1)`);
    });

    it('reports who the charm granted it to on a relation', async () => {
      class GrantingCharm extends CharmBase {
        @on.leaderElected onLeader() {
          const rel = this.model.getRelation('db');
          if (!rel) return;
          const s = this.app.addSecret({ password: 'pw' });
          s.grant(rel);
        }
      }
      const harness = webHarness(GrantingCharm);
      harness.begin();
      const rel = await harness.addRelation('db', 'pg');
      await harness.setLeader(true);
      const id = harness.juju.state.secrets[0]?.id ?? '';
      expect(harness.getSecretGrants(id, rel)).toEqual(new Set(['pg']));
      expect(harness.getSecretGrants(id, 99)).toEqual(new Set());
    });
  });

  it('refuses revisions of an id nobody added', () => {
    expect(() => recorder().getSecretRevisions('secret:nope')).toThrow("getSecretRevisions('secret:nope'): secret:nope is not a secret this charm owns");
  });

  it('refuses an id nobody added', () => {
    expect(() => recorder().grantSecret('secret:nope', 'web')).toThrow("grantSecret('secret:nope', 'web'): secret secret:nope was not added with addCharmSecret or addUserSecret");
  });
});
