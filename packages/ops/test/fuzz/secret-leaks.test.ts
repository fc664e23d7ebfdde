import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { buildTestCharm } from '../../../../test-support/build-test-charm';
import { SimUnit } from '../../../../test-support/sim-unit';
import {
  createJujuState,
  FakeJuju,
  hookContext,
  MemoryStateStore,
  runHook,
  type JujuStateInput,
} from '@jujuts/testing';
import { runDispatch } from '../../src/dispatch';
import { createCharmLogger } from '../../src/log';
import { parseCharmcraftYaml } from '../../src/meta';
import { caught, SecretKeeperCharm } from './fixtures/secret-charm/src/charm';
import { REMOTE_SECRET_ID, SECRET_VALUES } from './fixtures/secret-charm/src/secret-values';
import { StandInSession } from './stand-in-session';

const FIXTURE = join(__dirname, 'fixtures', 'secret-charm');
const meta = parseCharmcraftYaml(readFileSync(join(FIXTURE, 'charmcraft.yaml'), 'utf8'));
const HOOKS = ['hooks/install', 'hooks/config-changed'] as const;
const world: JujuStateInput & { unitName: string } = {
  unitName: 'secret-keeper/0',
  leader: true,
  secrets: [{ id: REMOTE_SECRET_ID, content: { value: SECRET_VALUES.remote } }],
};

/**
 * Every value, each of its lines long enough to be telling, their JSON-escaped
 * forms (a logged object), and the value's base64 (the other way content can travel).
 */
const FRAGMENTS: readonly string[] = Object.values(SECRET_VALUES).flatMap((v) => {
  const pieces = [v, ...v.split('\n').filter((line) => line.trim().length >= 8)];
  return [...pieces, ...pieces.map((p) => JSON.stringify(p).slice(1, -1)), Buffer.from(v).toString('base64')];
});

/** Everything a hook left where someone other than the secret's owner could read it. */
interface Evidence {
  readonly logs: readonly string[];
  readonly argv: readonly (readonly string[])[];
  readonly errors: readonly string[];
  readonly other: readonly string[];
}

function leaks(evidence: Evidence): string[] {
  const places: [string, string][] = [
    ...evidence.logs.map((t): [string, string] => ['log line', t]),
    ...evidence.argv.map((a): [string, string] => ['argv', a.join(' ')]),
    ...evidence.errors.map((t): [string, string] => ['error', t]),
    ...evidence.other.map((t): [string, string] => ['output', t]),
  ];
  return places.flatMap(([where, text]) =>
    FRAGMENTS.filter((f) => text.includes(f)).map(
      (f) => `${where} holds ${JSON.stringify(f)}: ${JSON.stringify(text.slice(0, 200))}`,
    ),
  );
}

/** The error as every way it could be shown: message, stack, inspect (own fields such as argv and stderr), JSON. */
const errorTexts = (errors: readonly Error[]): string[] =>
  errors.flatMap((e) => [e.message, e.stack ?? '', String(e), inspect(e, { depth: 5 }), JSON.stringify(e)]);

/** Checks the run did what the leak check relies on: content read back, three failures logged. */
function expectTheCharmRan(logs: readonly string[]): void {
  expect(logs.some((l) => l.includes('read keys api-token,password; rotated: true'))).toBe(true);
  expect(logs.filter((l) => /^writing .* failed: /.test(l))).toHaveLength(3);
  expect(logs.some((l) => l.includes("secret keys 'Bad_Key'"))).toBe(true);
}

describe('secret values', () => {
  beforeEach(() => {
    caught.length = 0;
  });

  describe('with the production backend, in a real dispatch process', () => {
    it('never appear in a juju-log line, an argv, or the process output', async () => {
      const unit = new SimUnit(await buildTestCharm(FIXTURE), meta, world);
      const runs = [];
      for (const hook of HOOKS) runs.push(await unit.dispatch(hook, { JUJU_DEBUG: '1' }));
      for (const run of runs) expect(run.exitCode).toBe(0);
      const doc = runs[runs.length - 1]?.document;
      if (!doc) throw new Error('no dispatch ran');
      const logs = doc.outputs.logs.map((l) => l.message);
      expectTheCharmRan(logs);
      expect(
        doc.outputs.commands.some(
          (c) => c.command === 'secret-add' && c.args.some((a) => a.startsWith('password#file=')),
        ),
      ).toBe(true);
      // The stand-ins record key=value content as key=<redacted>: seeing it would mean content went on argv.
      const secretArgs = doc.outputs.commands
        .filter((c) => c.command.startsWith('secret-'))
        .flatMap((c) => c.args);
      expect(secretArgs.filter((a) => a.includes('<redacted>'))).toEqual([]);
      expect(
        leaks({
          logs,
          argv: doc.outputs.commands.map((c) => [c.command, ...c.args]),
          errors: [],
          other: runs.flatMap((r) => [r.stdout, r.stderr]),
        }),
      ).toEqual([]);
    }, 60_000);
  });

  describe('with the production backend in-process, over the stand-in hook commands', () => {
    it('never appear in a log line, an argv as sent to execve, or an error', async () => {
      const session = await StandInSession.start(world, meta);
      const store = new MemoryStateStore();
      const stderr: string[] = [];
      const commandLog: string[] = [];
      for (const path of HOOKS) {
        const { backend } = session.hook();
        const logger = createCharmLogger({
          sink: (level, message) => backend.jujuLog(level, message),
          debug: true,
          stderr: { write: (s: string) => stderr.push(s) },
        });
        const context = hookContext(session.document().state, { path });
        await runDispatch({ charmClass: SecretKeeperCharm, context, meta, backend, logger, store });
        session.endHook(true);
        commandLog.push(JSON.stringify(backend.commandLog));
      }
      const doc = session.document();
      const logs = doc.outputs.logs.map((l) => l.message);
      expectTheCharmRan(logs);
      expect(caught).toHaveLength(3);
      const sent = session.calls.flatMap((c) => [
        [c.command, ...c.args],
        [c.command, ...(c.displayArgs ?? [])],
      ]);
      expect(
        leaks({
          logs,
          argv: sent,
          errors: errorTexts(caught),
          other: [...stderr, ...commandLog, JSON.stringify(doc.outputs.commands)],
        }),
      ).toEqual([]);
    }, 60_000);
  });

  describe('with the in-memory backend (@jujuts/testing)', () => {
    it('never appear in a log line, a recorded command, or an error', async () => {
      const juju = new FakeJuju(createJujuState(world, meta));
      const store = new MemoryStateStore();
      for (const path of HOOKS) {
        const result = await runHook({
          charmClass: SecretKeeperCharm,
          meta,
          juju,
          context: hookContext(juju.state, { path }),
          store,
        });
        expect(result.ok).toBe(true);
      }
      const logs = juju.outputs.logs.map((l) => l.message);
      expectTheCharmRan(logs);
      expect(caught).toHaveLength(3);
      expect(
        leaks({
          logs,
          argv: juju.outputs.commands.map((c) => [c.command, ...c.args]),
          errors: errorTexts(caught),
          other: [],
        }),
      ).toEqual([]);
    });
  });
});
