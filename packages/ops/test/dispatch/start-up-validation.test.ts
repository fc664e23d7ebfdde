import { CharmBase, CharmDefinitionError, action, container, on, relation } from '../../src';
import { makeMeta } from '../support/charm-meta.factory';
import { TestUnit } from '../support/run-in-memory';

const db = relation('db');

class Misdeclared extends CharmBase {
  @db.joined onDb() {}
  @(container('web').pebbleReady) onReady() {}
  @action('backup') onBackup() {}
  @on.install onInstall() {}
}

describe('start-up validation', () => {
  it('fails every hook naming Class.method, the decorator and what is declared', async () => {
    const meta = makeMeta({ relations: { database: { role: 'requires' }, cluster: { role: 'peers' } } });
    const result = await new TestUnit(Misdeclared, meta).dispatch('hooks/install');
    expect(result.ok).toBe(false);
    const error = !result.ok ? result.error : undefined;
    expect(error).toBeInstanceOf(CharmDefinitionError);
    expect(error?.message.split('\n')).toEqual([
      "@relation('db').joined on Misdeclared.onDb: charmcraft.yaml declares no relation `db` (declared: database, cluster)",
      "@container('web').pebbleReady on Misdeclared.onReady: charmcraft.yaml declares no container `web` (declared: none)",
      "@action('backup') on Misdeclared.onBackup: charmcraft.yaml declares no action `backup` (declared: none)",
    ]);
  });
});
