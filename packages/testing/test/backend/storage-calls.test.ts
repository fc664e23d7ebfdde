import { backendOver, refusalOf } from './support/backend-fixture';

describe('storage calls on the in-memory backend', () => {
  describe('when asked to add no storage', () => {
    it('refuses with the error production raises, before recording storage-add', () => {
      const { juju, backend } = backendOver();
      expect(refusalOf(juju, () => backend.storageAdd('data', 0))).toEqual({
        error: 'TypeError',
        message: 'storage-add data: count must be a positive integer, got 0',
        recorded: [],
      });
      juju.endHook(true);
      expect(juju.outputs.requestedStorage).toEqual([]);
    });
  });

  describe('when the storage id is not NAME/N', () => {
    it('refuses with the error production raises, before recording storage-get', () => {
      const { juju, backend } = backendOver();
      expect(refusalOf(juju, () => backend.storageGet('data'))).toEqual({
        error: 'TypeError',
        message: 'storage-get: "data" is not a storage id; expected NAME/N such as data/0',
        recorded: [],
      });
    });
  });

  describe('when the input is good but Juju refuses it', () => {
    it("records the command and raises Juju's refusal", () => {
      const { juju, backend } = backendOver();
      expect(refusalOf(juju, () => backend.storageAdd('Bad_Name', 1))).toMatchObject({
        error: 'HookCommandError',
        recorded: ['storage-add'],
      });
    });
  });

  describe('when the input is good', () => {
    it('records the command and asks Juju for the storage', () => {
      const { juju, backend } = backendOver();
      backend.storageAdd('data', 2);
      expect(juju.outputs.commands).toEqual([{ command: 'storage-add', args: ['data=2'] }]);
    });
  });
});
