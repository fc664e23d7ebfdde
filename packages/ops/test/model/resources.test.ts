import { ModelError } from '../../src/errors';
import { makeModel } from './support/fixtures';

jest.mock('../../src/model/container', () => ({ Container: class {} }), { virtual: true });

describe('resources', () => {
  it('fetches a path once per hook', () => {
    const { model, backend } = makeModel((b) => (b.resources = { image: '/var/lib/juju/image.json' }));
    expect(model.resources.fetch('image')).toBe('/var/lib/juju/image.json');
    model.resources.fetch('image');
    expect(backend.callsTo('resourceGet')).toHaveLength(1);
  });

  it('refuses an undeclared resource before any command', () => {
    const { model, backend } = makeModel();
    expect(() => model.resources.fetch('other')).toThrow("resource 'other' is not declared in the charm's metadata (declared: image)");
    expect(backend.calls).toEqual([]);
  });

  describe('when Juju has no file for it', () => {
    it('is a ModelError naming the resource, with Juju\'s error as the cause', () => {
      const { model } = makeModel();
      let caught: unknown;
      try {
        model.resources.fetch('image');
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(ModelError);
      expect((caught as Error).message).toMatch(/^resource 'image' could not be fetched .*resource "image" not found/);
      expect((caught as Error).cause).toBeInstanceOf(ModelError);
    });
  });
});
