import { InMemoryPebble, InMemoryPebbleClient } from '../../src/pebble';
import { describePebbleClientContract } from '../../../ops/test/pebble/client-contract';

describe('InMemoryPebbleClient', () => {
  describePebbleClientContract(async () => {
    const pebble = new InMemoryPebble();
    const client = new InMemoryPebbleClient(pebble, { container: 'web' });
    return {
      client,
      pebble,
      disconnect: async () => {
        pebble.canConnect = false;
      },
      close: async () => pebble.dispose(),
    };
  });
});
