import type { ModelBackend, RelationRef } from '../../src/backend';
import { argvs, commandNames, hookCommandsUnit, onBoth, type ContractUnit } from './support/contract-units';
import { GRANTED_SECRET, OWNED_SECRET, webUnit } from './support/contract-state';
import { withStableSecretIds } from './support/outcome';

const DB: RelationRef = { endpoint: 'db', id: 3 };
const EXPIRE = new Date('2030-01-02T03:04:05.000Z');

const secretState = () =>
  webUnit({
    secrets: [
      {
        id: OWNED_SECRET,
        owner: 'app',
        label: 'owned',
        revisions: [
          { revision: 1, content: { 'api-key': 'k1' } },
          { revision: 2, content: { 'api-key': 'k2' } },
        ],
        trackedRevision: 2,
      },
      {
        id: GRANTED_SECRET,
        label: 'granted',
        revisions: [
          { revision: 1, content: { password: 'old' } },
          { revision: 2, content: { password: 'new' } },
        ],
        trackedRevision: 1,
      },
    ],
  });

function firstHook(b: ModelBackend) {
  const added = b.secretAdd(
    { 'api-key': 'a1' },
    { label: 'mine', description: 'd', rotate: 'daily', expire: EXPIRE, owner: 'application' },
  );
  const unitOwned = b.secretAdd({ token: 't0k' }, { owner: 'unit' });
  const reads = {
    tracked: b.secretGet({ id: GRANTED_SECRET }),
    peeked: b.secretGet({ id: GRANTED_SECRET }, { peek: true }),
    afterPeek: b.secretGet({ label: 'granted' }),
    refreshed: b.secretGet({ id: GRANTED_SECRET }, { refresh: true }),
    afterRefresh: b.secretGet({ label: 'granted' }),
    relabelled: b.secretGet({ id: OWNED_SECRET, label: 'relabelled' }),
    byNewLabel: b.secretGet({ label: 'relabelled' }),
    info: b.secretInfoGet({ id: OWNED_SECRET }),
    infoByLabel: b.secretInfoGet({ label: 'mine' }),
  };
  b.secretSet(OWNED_SECRET, { content: { 'api-key': 'k3' }, description: 'rotated', rotate: 'weekly' });
  b.secretSet(added, { label: 'mine-too' });
  b.secretGrant(OWNED_SECRET, DB);
  b.secretGrant(OWNED_SECRET, DB, 'pg/0');
  b.secretRevoke(OWNED_SECRET, DB, 'pg/0');
  b.secretRemove(OWNED_SECRET, 1);
  const ids = b.secretIds();
  b.commit();
  return { added, unitOwned, reads, ids };
}

const HOUR = 60 * 60 * 1000;
const OFFSETS: Readonly<Record<string, number>> = { '<in a day>': 24 * HOUR, '<in a week>': 7 * 24 * HOUR };

/**
 * `value` with each `rotates` time named by how far after the scenario's
 * start it falls: each backend reads its own clock (the stand-ins run in
 * child processes), so the times differ, but both must fall in the same
 * window. A time outside every window is left as it is, for the test to show.
 */
function withNamedRotations(value: unknown, from: number, to: number): unknown {
  return JSON.parse(JSON.stringify(value), (key: string, v: unknown) => {
    if (key !== 'rotates' || typeof v !== 'string') return v;
    const at = Date.parse(v);
    return Object.keys(OFFSETS).find((name) => at >= from + (OFFSETS[name] ?? 0) && at <= to + (OFFSETS[name] ?? 0)) ?? v;
  }) as unknown;
}

function scenario(unit: ContractUnit) {
  const from = Date.now();
  const first = firstHook(unit.beginHook());
  unit.endHook(true);
  const b = unit.beginHook();
  const second = {
    latest: b.secretGet({ label: 'relabelled' }, { refresh: true }),
    info: b.secretInfoGet({ label: 'mine-too' }),
  };
  b.secretRemove(first.unitOwned);
  const idsAfterRemove = b.secretIds();
  unit.endHook(true);
  const { state, outputs } = unit.document();
  const result = withStableSecretIds({
    first,
    second,
    idsAfterRemove,
    secrets: state.secrets,
    removed: outputs.removedSecretRevisions,
    commands: commandNames(unit.document()),
  });
  return withNamedRotations(result, from, Date.now());
}

describe('secret calls on both backends', () => {
  it('add, read, peek, refresh, update, grant, revoke and remove alike', async () => {
    const { hookCommands, inMemory } = await onBoth(secretState(), scenario);
    expect(hookCommands).toEqual(inMemory);
    // Ids are numbered by first appearance in the result: the two new secrets, then the owned one.
    const [added, unitOwned, owned] = ['<secret-1>', '<secret-2>', '<secret-3>'];
    expect(hookCommands).toMatchObject({
      first: {
        added,
        unitOwned,
        reads: {
          tracked: { password: 'old' },
          peeked: { password: 'new' },
          afterPeek: { password: 'old' },
          refreshed: { password: 'new' },
          afterRefresh: { password: 'new' },
          relabelled: { 'api-key': 'k2' },
          byNewLabel: { 'api-key': 'k2' },
          info: { id: owned, label: 'relabelled', revision: 2 },
          infoByLabel: {
            id: added,
            label: 'mine',
            description: 'd',
            rotation: 'daily',
            rotates: '<in a day>',
            expiry: EXPIRE.toISOString(),
            revision: 1,
          },
        },
        ids: [owned, added, unitOwned],
      },
      second: {
        latest: { 'api-key': 'k3' },
        info: { id: added, label: 'mine-too', rotation: 'daily', rotates: '<in a day>', revision: 1 },
      },
      idsAfterRemove: [owned, added],
      removed: [
        { id: owned, revision: 1 },
        { id: unitOwned, revision: 1 },
      ],
      secrets: [
        {
          id: owned,
          grants: { '3': ['pg'] },
          description: 'rotated',
          rotate: 'weekly',
          // It did not rotate before: Juju starts its clock when the policy is set.
          rotates: '<in a week>',
          revisions: [{ revision: 2 }, { revision: 3 }],
        },
        { label: 'granted', trackedRevision: 2 },
        { id: added, label: 'mine-too', owner: 'app', rotate: 'daily', rotates: '<in a day>' },
      ],
    });
  });
});

describe('secret calls through the stand-in hook commands', () => {
  it('send the documented argv, with content only in files', async () => {
    const unit = await hookCommandsUnit(secretState());
    firstHook(unit.beginHook());
    const sent = argvs(unit.document()).map((argv) =>
      argv.map((a) => a.replace(/#file=.*$/, '#file=<path>')),
    );
    const added = unit.document().pending?.state.secrets[2]?.id ?? '';
    expect(sent).toEqual([
      [
        'secret-add',
        '--label',
        'mine',
        '--description',
        'd',
        '--expire',
        '2030-01-02T03:04:05.000Z',
        '--rotate',
        'daily',
        '--owner',
        'application',
        'api-key#file=<path>',
      ],
      ['secret-add', '--owner', 'unit', 'token#file=<path>'],
      ['secret-get', GRANTED_SECRET, '--format=json'],
      ['secret-get', GRANTED_SECRET, '--peek', '--format=json'],
      ['secret-get', '--label', 'granted', '--format=json'],
      ['secret-get', GRANTED_SECRET, '--refresh', '--format=json'],
      ['secret-get', '--label', 'granted', '--format=json'],
      ['secret-get', OWNED_SECRET, '--label', 'relabelled', '--format=json'],
      ['secret-get', '--label', 'relabelled', '--format=json'],
      ['secret-info-get', OWNED_SECRET, '--format=json'],
      ['secret-info-get', '--label', 'mine', '--format=json'],
      ['secret-set', OWNED_SECRET, '--description', 'rotated', '--rotate', 'weekly', 'api-key#file=<path>'],
      ['secret-set', added, '--label', 'mine-too'],
      ['secret-grant', OWNED_SECRET, '-r', 'db:3'],
      ['secret-grant', OWNED_SECRET, '-r', 'db:3', '--unit', 'pg/0'],
      ['secret-revoke', OWNED_SECRET, '-r', 'db:3', '--unit', 'pg/0'],
      ['secret-remove', OWNED_SECRET, '--revision', '1'],
      ['secret-ids', '--format=json'],
    ]);
    expect(JSON.stringify(unit.document().outputs.commands)).not.toMatch(/a1|t0k|k3/);
  });
});
