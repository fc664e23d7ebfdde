import { backendOver, OWNED_SECRET, refusalOf } from './support/backend-fixture';

describe('secret calls on the in-memory backend', () => {
  describe("when a content key breaks Juju's rule", () => {
    it('refuses with the error production raises, before recording secret-add, and creates no secret', () => {
      const { juju, backend } = backendOver();
      expect(refusalOf(juju, () => backend.secretAdd({ Bad_Key: 'x' }, { owner: 'unit' }))).toEqual({
        error: 'SecretContentError',
        message: expect.stringMatching(
          /^secret-add: secret content key "Bad_Key" is invalid: keys are at least 3/,
        ),
        recorded: [],
      });
      expect(backend.secretIds()).toEqual([OWNED_SECRET]);
    });
  });

  describe('when new content is not a string', () => {
    it('refuses with the error production raises, before recording secret-set, and never quotes the value', () => {
      const { juju, backend } = backendOver();
      const content = { token: 424242 as unknown as string };
      const refusal = refusalOf(juju, () => backend.secretSet(OWNED_SECRET, { content }));
      expect(refusal).toEqual({
        error: 'SecretContentError',
        message: 'secret-set: the value of secret key "token" must be a string',
        recorded: [],
      });
      expect(backend.secretGet({ id: OWNED_SECRET })).toEqual({ token: 't' });
    });
  });

  describe('when asked to both peek and refresh', () => {
    it('refuses with the error production raises, before recording secret-get', () => {
      const { juju, backend } = backendOver();
      expect(
        refusalOf(juju, () => backend.secretGet({ id: OWNED_SECRET }, { peek: true, refresh: true })),
      ).toEqual({
        error: 'TypeError',
        message: 'secret-get: peek and refresh cannot be used together',
        recorded: [],
      });
    });
  });

  describe('when a revision to remove is not a positive integer', () => {
    it('refuses with the error production raises, before recording secret-remove', () => {
      const { juju, backend } = backendOver();
      expect(refusalOf(juju, () => backend.secretRemove(OWNED_SECRET, 0))).toEqual({
        error: 'TypeError',
        message: `secret-remove ${OWNED_SECRET}: revision must be a positive integer, got 0`,
        recorded: [],
      });
    });
  });
});
