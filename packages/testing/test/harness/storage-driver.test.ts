import { CharmBase, storage, type StorageAttachedEvent } from '@jujuts/ops';
import { HarnessError } from '../../src/harness';
import { recorder, seen, webHarness } from './harness-fixture';

const data = storage('data');
const locations: string[] = [];

class LocationCharm extends CharmBase {
  @data.attached onAttached(e: StorageAttachedEvent) {
    locations.push(`${e.storage.fullId} at ${e.storage.location}`);
  }
}

beforeEach(() => {
  locations.length = 0;
});

describe('storage', () => {
  describe('addStorage', () => {
    it('resolves with ids unique across storage names, as Juju numbers them', async () => {
      const harness = recorder();
      expect(await harness.addStorage('data')).toEqual(['data/0']);
      expect(await harness.addStorage('cache', 2)).toEqual(['cache/1', 'cache/2']);
    });

    it('does not attach (or emit) unless asked', async () => {
      const harness = recorder();
      await harness.addStorage('data');
      expect(seen).toEqual([]);
      expect(harness.model.storages.get('data')).toHaveLength(0);
    });

    it('attaches at once with { attach: true }, emitting storage-attached', async () => {
      const harness = recorder();
      await harness.addStorage('cache', 2, { attach: true });
      expect(seen).toEqual(['cache-storage-attached cache/0', 'cache-storage-attached cache/1']);
      expect(harness.model.storages.get('cache').map((s) => s.fullId)).toEqual(['cache/0', 'cache/1']);
    });

    it('refuses an undeclared storage name', async () => {
      await expect(recorder().addStorage('logs')).rejects.toThrow("addStorage('logs'): charmcraft.yaml declares no storage `logs` (declared: data, cache)");
    });

    it('refuses more instances than the declared range allows', async () => {
      const harness = recorder();
      await harness.addStorage('cache', 3);
      await expect(harness.addStorage('cache')).rejects.toThrow("addStorage('cache', 1): cache allows at most 3 instances and has 3");
      await harness.addStorage('data');
      await expect(harness.addStorage('data')).rejects.toThrow('data allows at most 1 instance and has 1');
    });

    it('refuses a count below one', async () => {
      await expect(recorder().addStorage('cache', 0)).rejects.toThrow(HarnessError);
    });
  });

  describe('attachStorage', () => {
    it('emits storage-attached with the declared location', async () => {
      const harness = webHarness(LocationCharm);
      harness.begin();
      const [id] = await harness.addStorage('data');
      await harness.attachStorage(id ?? '');
      expect(locations).toEqual(['data/0 at /srv/data']);
    });

    it('refuses storage that was never added, listing what there is', async () => {
      const harness = recorder();
      await harness.addStorage('data', 1, { attach: true });
      await expect(harness.attachStorage('data/9')).rejects.toThrow(
        "attachStorage('data/9'): data/9 is not detached storage (attached: data/0; detached: none); add it with addStorage(name)",
      );
    });

    it('refuses storage already attached', async () => {
      const harness = recorder();
      await harness.addStorage('data', 1, { attach: true });
      await expect(harness.attachStorage('data/0')).rejects.toThrow(HarnessError);
    });
  });

  describe('detachStorage', () => {
    it('emits storage-detaching while the storage is still listed, then detaches it', async () => {
      const harness = recorder();
      await harness.addStorage('data', 1, { attach: true });
      seen.length = 0;
      await harness.detachStorage('data/0');
      expect(seen).toEqual(['data-storage-detaching data/0']);
      expect(harness.model.storages.get('data')).toHaveLength(0);
    });

    it('can be re-attached later', async () => {
      const harness = recorder();
      await harness.addStorage('data', 1, { attach: true });
      await harness.detachStorage('data/0');
      await harness.attachStorage('data/0');
      expect(harness.model.storages.get('data').map((s) => s.fullId)).toEqual(['data/0']);
    });

    it('refuses storage that is not attached', async () => {
      const harness = recorder();
      await harness.addStorage('data');
      await expect(harness.detachStorage('data/0')).rejects.toThrow("detachStorage('data/0'): data/0 is not attached storage");
    });
  });

  describe('removeStorage', () => {
    it('detaches attached storage first, then forgets it', async () => {
      const harness = recorder();
      await harness.addStorage('data', 1, { attach: true });
      seen.length = 0;
      await harness.removeStorage('data/0');
      expect(seen).toEqual(['data-storage-detaching data/0']);
      await expect(harness.attachStorage('data/0')).rejects.toThrow(HarnessError);
    });

    it('frees the slot in the declared range', async () => {
      const harness = recorder();
      await harness.addStorage('data');
      await harness.removeStorage('data/0');
      expect(await harness.addStorage('data')).toEqual(['data/1']);
    });

    it('refuses unknown storage', async () => {
      await expect(recorder().removeStorage('data/4')).rejects.toThrow("removeStorage('data/4')");
    });
  });
});
