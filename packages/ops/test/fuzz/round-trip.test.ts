import { SeededRandom, testSeed } from '../../../../test-support/seeded-random';
import type { RelationRef } from '../../src/backend/backend-types';
import { JujuStateStore } from '../../src/framework/juju-state-store';
import { parseCharmcraftYaml } from '../../src/meta';
import { fuzzValue, hugeValue, isDistinctive, ONE_MIB } from './fuzz-values';
import { StandInSession } from './stand-in-session';

const SEED = testSeed();
const UNIT = 'fuzz/0';
const DB: RelationRef = { endpoint: 'db', id: 7 };
const meta = parseCharmcraftYaml(
  [
    'name: fuzz',
    'type: charm',
    'summary: s',
    'description: d',
    'requires:',
    '  db:',
    '    interface: pg',
    '',
  ].join('\n'),
);
// Juju's state-set limit is 64 KiB per value; a UTF-16 unit is at most 3 bytes of UTF-8.
const STATE_VALUE_MAX_UNITS = Math.floor((64 * 1024) / 3);
// The words the hook commands' argv is made of: a value inside one of them proves no leak.
const PROTOCOL = [
  'relation-set',
  'relation-get',
  'state-set',
  'state-get',
  '-r',
  'db:7',
  '--file',
  '--format=json',
  UNIT,
  '-',
];

/** Every value written, so the argv check can look for each. */
const written: string[] = [];

function record(value: string): string {
  written.push(value);
  return value;
}

function expectNoValueInArgv(argvs: readonly (readonly string[])[]): void {
  // One string with a separator no value holds: a value is in some argv element iff it is in here.
  const haystack = argvs.map((a) => a.join('\u0001')).join('\u0001');
  const leaked = written.filter(
    (v) => isDistinctive(v) && !PROTOCOL.some((w) => w.includes(v)) && haystack.includes(v),
  );
  expect(leaked.map((v) => JSON.stringify(v.slice(0, 40)))).toEqual([]);
}

describe(`fuzzed values through the real hook commands (seed ${SEED})`, () => {
  let session: StandInSession;
  const rng = new SeededRandom(SEED);

  beforeAll(async () => {
    session = await StandInSession.start(
      {
        unitName: UNIT,
        leader: true,
        relations: [{ id: 7, endpoint: 'db', remoteApp: 'pg', remoteUnits: { 'pg/0': {} } }],
      },
      meta,
    );
  }, 60_000);

  describe('relation-set then relation-get in the next hook', () => {
    it('returns every value unchanged, and an empty value deletes its key', () => {
      // Juju fills our unit bag with the address keys before the first hook.
      const expected = new Map(Object.entries(session.hook().backend.relationGet(DB, UNIT, false)));
      session.endHook(true);
      expect(expected.has('ingress-address')).toBe(true);
      for (let batch = 0; batch < 8; batch++) {
        const changes: Record<string, string> = {};
        const known = [...expected.keys()].filter((k) => !k.startsWith('huge-'));
        for (let i = 0; i < 1000; i++) {
          // A fifth of each batch rewrites keys set earlier, so deletes and overwrites of live keys happen.
          const key = known.length > 0 && rng.chance(0.2) ? rng.pick(known) : `b${batch}-k${i}`;
          changes[key] = record(fuzzValue(rng, 20_000));
        }
        if (batch < 4) changes[`huge-${batch}`] = record(hugeValue(rng));
        for (const [key, value] of Object.entries(changes)) {
          if (value === '') expected.delete(key);
          else expected.set(key, value);
        }
        const writer = session.hook();
        writer.backend.relationSet(DB, changes, false);
        writer.backend.commit();
        session.endHook(true);

        const reader = session.hook();
        const bag = reader.backend.relationGet(DB, UNIT, false);
        session.endHook(true);
        expect(bag).toEqual(Object.fromEntries(expected));
      }
      expect(expected.size).toBeGreaterThan(5000);
      expect([...expected.values()].filter((v) => v.length === ONE_MIB).length).toBe(4);
    }, 60_000);
  });

  describe('state-set then state-get in the next hook', () => {
    it('returns every value unchanged, empty ones as ""', () => {
      const expected: Record<string, string> = {};
      for (let batch = 0; batch < 2; batch++) {
        const values: Record<string, string> = {};
        for (let i = 0; i < 1000; i++)
          values[`s${batch}-${i}`] = record(fuzzValue(rng, STATE_VALUE_MAX_UNITS));
        values[`s${batch}-limit`] = record('x'.repeat(64 * 1024 - 1) + '\n');
        Object.assign(expected, values);
        session.hook().backend.stateSet(values);
        session.endHook(true);
        const back = session.hook().backend.stateGet();
        session.endHook(true);
        expect(back).toEqual(expected);
      }
      expect(Object.values(expected)).toContain('');
    }, 60_000);
  });

  describe('stored state kept in Juju (JujuStateStore) across hooks', () => {
    it('loads exactly what was saved', () => {
      const stored: Record<string, unknown> = {};
      for (let p = 0; p < 10; p++) {
        stored[`FuzzCharm.p${p}`] = Array.from({ length: 40 }, () => record(fuzzValue(rng, 200)));
      }
      stored['FuzzCharm.keys'] = Object.fromEntries(
        Array.from({ length: 40 }, (_, i) => [record(fuzzValue(rng, 40)) + String(i), i]),
      );
      new JujuStateStore(session.hook().backend).save({ stored, deferred: [] });
      session.endHook(true);
      const loaded = new JujuStateStore(session.hook().backend).load();
      session.endHook(true);
      expect(loaded).toEqual({ stored, deferred: [] });
    });
  });

  describe('across all of the above', () => {
    it('sent at least 10,000 values', () => {
      expect(written.length).toBeGreaterThanOrEqual(10_000);
    });

    it('never put a value on argv, as sent or as the hook commands recorded it', () => {
      expect(session.calls.length).toBeGreaterThan(0);
      expectNoValueInArgv(session.calls.map((c) => [c.command, ...c.args]));
      const recorded = session.document().outputs.commands;
      expect(recorded.length).toBe(session.calls.length);
      expectNoValueInArgv(recorded.map((c) => [c.command, ...c.args]));
    });
  });
});
