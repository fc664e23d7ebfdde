import { advanceRotation, nextRotateTime, ROTATE_RETRY_MS } from '../../src/juju/secret-rules';
import type { SecretState } from '../../src/juju';

const at = (iso: string) => new Date(iso);

function rotating(overrides: Partial<SecretState> = {}): SecretState {
  return {
    id: 'secret:rotating000000000000',
    owner: 'app',
    rotate: 'daily',
    rotates: '2026-03-10T12:00:00.000Z',
    revisions: [{ revision: 1, content: { token: 't1' } }],
    trackedRevision: 1,
    grants: {},
    ...overrides,
  };
}

describe('secret rules', () => {
  describe('nextRotateTime', () => {
    const from = at('2026-01-31T10:00:00.000Z');

    it.each([
      ['hourly', '2026-01-31T11:00:00.000Z'],
      ['daily', '2026-02-01T10:00:00.000Z'],
      ['weekly', '2026-02-07T10:00:00.000Z'],
      ['quarterly', '2026-05-01T10:00:00.000Z'],
      ['yearly', '2027-01-31T10:00:00.000Z'],
    ] as const)('steps %s on by its calendar interval', (policy, expected) => {
      expect(nextRotateTime(policy, from, from)).toBe(expected);
    });

    it('lets a month after 31 January overflow into March, as Go\'s AddDate does', () => {
      expect(nextRotateTime('monthly', from, from)).toBe('2026-03-03T10:00:00.000Z');
    });

    it('is never earlier than now', () => {
      const now = at('2026-06-01T00:00:00.000Z');
      expect(nextRotateTime('daily', from, now)).toBe(now.toISOString());
    });

    it('is undefined for never, or no policy', () => {
      expect(nextRotateTime('never', from, from)).toBeUndefined();
      expect(nextRotateTime(undefined, from, from)).toBeUndefined();
    });
  });

  describe('advanceRotation (after a successful secret-rotate hook)', () => {
    const now = at('2026-03-10T12:00:05.000Z');

    describe('when the owner made a new revision during the hook', () => {
      it('moves the time one interval on from the time that fired', () => {
        const secret = rotating({ revisions: [{ revision: 1, content: { a: 'x' } }, { revision: 2, content: { a: 'y' } }] });
        advanceRotation(secret, 1, now);
        expect(secret.rotates).toBe('2026-03-11T12:00:00.000Z');
      });
    });

    describe('when the owner made no new revision', () => {
      it('retries five minutes after the time that fired', () => {
        const secret = rotating();
        advanceRotation(secret, 1, now);
        expect(Date.parse(secret.rotates ?? '')).toBe(Date.parse('2026-03-10T12:00:00.000Z') + ROTATE_RETRY_MS);
        expect(secret.rotates).toBe('2026-03-10T12:05:00.000Z');
      });
    });

    describe('when the secret had no time yet', () => {
      it('counts from now', () => {
        const secret = rotating({ rotates: undefined, revisions: [{ revision: 1, content: { a: 'x' } }, { revision: 2, content: { a: 'y' } }] });
        advanceRotation(secret, 1, now);
        expect(secret.rotates).toBe('2026-03-11T12:00:05.000Z');
      });
    });

    describe('when the policy was set to never meanwhile', () => {
      it('keeps no time', () => {
        const secret = rotating({ rotate: 'never' });
        advanceRotation(secret, 1, now);
        expect(secret).not.toHaveProperty('rotates');
      });
    });
  });
});
