import { CharmBase, action, relation as endpoint, type ActionEvent, type RelationBrokenEvent, type RelationDepartedEvent } from '@jujuts/ops';
import { IsIn, IsString, MinLength } from 'class-validator';
import { Context, ContextActionFailed, createState, relation } from '../../src/context';
import { WEB_YAML } from './context-fixture';

const db = endpoint('db');
const seen: string[] = [];

class BackupParams {
  @IsString() @MinLength(2) path = '/tmp/backup';
  @IsIn([true, false]) compress = false;
}

class LifecycleCharm extends CharmBase {
  @db.departed
  onDeparted(e: RelationDepartedEvent): void {
    seen.push(`departed ${e.departingUnit?.name ?? '-'} units=${[...e.relation.units].map((u) => u.name).sort().join(',')}`);
  }

  @db.broken
  onBroken(e: RelationBrokenEvent): void {
    seen.push(`broken units=${e.relation.units.size}`);
  }

  @action('backup', BackupParams)
  onBackup(e: ActionEvent<BackupParams>): void {
    e.setResults({ path: e.params.path });
  }
}

const ctx = new Context(LifecycleCharm, { meta: WEB_YAML });
beforeEach(() => {
  seen.length = 0;
});

describe('relation lifecycle in a Context run', () => {
  const pg = relation('db', { remoteApp: 'pg', remoteUnits: { 'pg/0': {}, 'pg/1': {} } });

  it('no longer lists the departing unit on relation-departed', async () => {
    await ctx.run(ctx.on.relationDeparted(pg, { departingUnit: 'pg/1' }), createState({ relations: [pg] }));
    expect(seen).toEqual(['departed pg/1 units=pg/0']);
  });

  it('lists no units on relation-broken', async () => {
    await ctx.run(ctx.on.relationBroken(pg), createState({ relations: [pg] }));
    expect(seen).toEqual(['broken units=0']);
  });
});

describe('typed action params in a Context run', () => {
  it('hands validated params with their defaults to the handler', async () => {
    const run = await ctx.runAction('backup', { path: '/srv/b' }, createState());
    expect(run.results).toEqual({ path: '/srv/b' });
  });

  it('fails the action with the validation message when params are invalid', async () => {
    const error = await ctx.runAction('backup', { path: 'x' }, createState()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContextActionFailed);
    expect((error as Error).message).toMatch(/path/);
    expect((error as ContextActionFailed).results).toEqual({});
  });
});
