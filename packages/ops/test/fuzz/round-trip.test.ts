import { SeededRandom, testSeed } from '../../../../test-support/seeded-random';
import type { RelationRef } from '../../src/backend/backend-types';
import { JujuStateStore } from '../../src/framework/juju-state-store';
import { parseCharmcraftYaml } from '../../src/meta';
import { fuzzValue, hugeValue, isDistinctive, ONE_MIB } from './fuzz-values';
import { StandInSession } from './stand-in-session';

const SEED = testSeed();
const UNIT = 'fuzz/0';
const DB: RelationRef = { endpoint: 'db', id: 7 };
const DB_BIG: RelationRef = { endpoint: 'db', id: 8 };
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
  'db:8',
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

/**
 * A YAML block mapping written by hand: double-quoted scalars with JSON's
 * escapes (YAML shares them), or single-quoted ones where the value allows.
 * Not `yaml.stringify`: yaml 2.9.1 mis-encodes some strings itself (`" \n"`
 * comes back as `"\n"`; a line holding one space in a long double-quoted
 * scalar comes back as a backslash), which would blame the hook commands.
 */
function yamlMapping(values: Readonly<Record<string, string>>, rng: SeededRandom): string {
  const awkward = (c: string): boolean => {
    const code = c.codePointAt(0) ?? 0;
    return code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029 || code === 0xfeff;
  };
  const singleQuotable = (v: string): boolean => v !== '' && v.trim() === v && ![...v].some(awkward);
  const scalar = (v: string): string =>
    singleQuotable(v) && rng.chance(0.5) ? `'${v.replace(/'/g, "''")}'` : JSON.stringify(v);
  return Object.entries(values)
    .map(([k, v]) => `${k}: ${scalar(v)}\n`)
    .join('');
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
        relations: [
          { id: 7, endpoint: 'db', remoteApp: 'pg', remoteUnits: { 'pg/0': {} } },
          { id: 8, endpoint: 'db', remoteApp: 'pg2', remoteUnits: { 'pg2/0': {} } },
        ],
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
      let liveKeysDeleted = 0;
      for (let batch = 0; batch < 8; batch++) {
        const changes: Record<string, string> = {};
        const known = [...expected.keys()];
        for (let i = 0; i < 1000; i++) {
          // A fifth of each batch rewrites keys set earlier, so deletes and overwrites of live keys happen.
          const key = known.length > 0 && rng.chance(0.2) ? rng.pick(known) : `b${batch}-k${i}`;
          changes[key] = record(fuzzValue(rng, 20_000));
        }
        for (const [key, value] of Object.entries(changes)) {
          if (value === '' && expected.has(key)) liveKeysDeleted += 1;
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
      expect(liveKeysDeleted).toBeGreaterThan(0);
    }, 60_000);
  });

  describe('relation-set given YAML on stdin, as Python charms send it', () => {
    it('stores every value as a string, unretyped', () => {
      const changes: Record<string, string> = {};
      for (let i = 0; i < 1000; i++) changes[`yaml-${i}`] = record(fuzzValue(rng, 2_000));
      const document = yamlMapping(changes, rng);
      expect(() => JSON.parse(document) as unknown).toThrow();
      session.run({ command: 'relation-set', args: ['-r', 'db:7', '--file', '-'], stdin: document });
      session.endHook(true);
      const bag = session.hook().backend.relationGet(DB, UNIT, false);
      session.endHook(true);
      const sent = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== ''));
      const back = Object.fromEntries(Object.entries(bag).filter(([k]) => k.startsWith('yaml-')));
      expect(back).toEqual(sent);
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

  // Last, so the earlier hooks do not carry 4 MiB in every state file read and write.
  describe('when the values are 1 MiB each', () => {
    it('relation-get returns them whole', () => {
      const changes = Object.fromEntries(
        Array.from({ length: 4 }, (_, i) => [`huge-${i}`, record(hugeValue(rng))]),
      );
      const writer = session.hook();
      writer.backend.relationSet(DB_BIG, changes, false);
      writer.backend.commit();
      session.endHook(true);
      const bag = session.hook().backend.relationGet(DB_BIG, UNIT, false);
      session.endHook(true);
      expect(Object.values(bag).filter((v) => v.length === ONE_MIB)).toHaveLength(4);
      expect(bag).toMatchObject(changes);
    }, 60_000);
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
