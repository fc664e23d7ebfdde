import { resolve } from 'node:path';
import { CliError } from '../errors';
import { type CliIo, say } from '../io';
import { readScenario, SimSession, type SimStep } from '../sim';
import { parseKeyValues } from '../sim/convert-values';
import type { CommandSpec, OptionValues } from './command';
import { flagOption, listOption, stringOption } from './option-values';

/** Options of `jujuts sim`. */
export interface SimOptions {
  readonly charm: string;
  readonly stateFile: string;
  readonly unitName?: string | undefined;
  /** The events to run in order (one for `--event`/`--action`, several for `--scenario`). */
  readonly steps: readonly SimStep[];
  /** Run the next steps after a failing hook. */
  readonly keepGoing?: boolean | undefined;
}

/** What `jujuts sim` did: the exit code of each hook run. */
export interface SimResult {
  readonly exitCodes: readonly (number | null)[];
}

/**
 * Runs the steps through the charm's real `dispatch`, one process each,
 * printing a report per hook; stops after the first failing hook unless
 * `keepGoing`.
 */
export async function simCharm(options: SimOptions, io: CliIo): Promise<SimResult> {
  const session = await SimSession.open({ charm: options.charm, stateFile: options.stateFile, unitName: options.unitName, cwd: io.cwd });
  const exitCodes: (number | null)[] = [];
  try {
    for (const step of options.steps) {
      const outcome = await session.run(step);
      exitCodes.push(outcome.exitCode);
      io.stdout.write(`${outcome.report}\n`);
      if (outcome.exitCode !== 0 && options.keepGoing !== true) break;
    }
  } finally {
    session.close();
  }
  say(io, `state written to ${options.stateFile}`);
  return { exitCodes };
}

function keyValues(options: OptionValues, name: string): Record<string, string> | undefined {
  const items = listOption(options, name);
  return items.length > 0 ? parseKeyValues(items, `--${name}`) : undefined;
}

function stepFromOptions(options: OptionValues): SimStep {
  const optional = (name: string): string | undefined => stringOption(options, name);
  const revision = optional('secret-revision');
  if (revision !== undefined && !/^\d+$/.test(revision)) throw new CliError(`--secret-revision ${revision}: expected a revision number`);
  return {
    event: optional('event'),
    action: optional('action'),
    relation: optional('relation'),
    remoteUnit: optional('remote-unit'),
    remoteApp: optional('remote-app'),
    remoteUnitData: keyValues(options, 'remote-data'),
    remoteAppData: keyValues(options, 'remote-app-data'),
    departingUnit: optional('departing-unit'),
    workload: optional('workload'),
    params: parseKeyValues(listOption(options, 'param'), '--param'),
    config: keyValues(options, 'set-config'),
    leader: flagOption(options, 'leader') ? true : flagOption(options, 'not-leader') ? false : undefined,
    secret: optional('secret'),
    secretRevision: revision === undefined ? undefined : Number(revision),
    secretContent: keyValues(options, 'secret-content'),
    storage: optional('storage'),
    check: optional('check'),
    noticeKey: optional('notice-key'),
  };
}

const EVENT_OPTIONS = ['event', 'action', 'relation', 'remote-unit', 'remote-app', 'remote-data', 'remote-app-data', 'departing-unit', 'workload', 'param', 'secret', 'secret-revision', 'secret-content', 'storage', 'check', 'notice-key'];

function stepsFromOptions(options: OptionValues, cwd: string): SimStep[] {
  const scenario = stringOption(options, 'scenario');
  if (scenario === undefined) {
    if (stringOption(options, 'event') === undefined && stringOption(options, 'action') === undefined) {
      throw new CliError("nothing to run: give --event NAME, --action NAME or --scenario FILE (see 'jujuts sim --help')", { exitCode: 2 });
    }
    return [stepFromOptions(options)];
  }
  const clash = EVENT_OPTIONS.find((name) => options[name] !== undefined && !(Array.isArray(options[name]) && options[name].length === 0));
  if (clash !== undefined) throw new CliError(`--${clash} cannot be combined with --scenario: put it in a step of ${scenario}`, { exitCode: 2 });
  const steps = readScenario(resolve(cwd, scenario), scenario);
  // --set-config and --leader set up the unit before the first step.
  const setup = stepFromOptions(options);
  const [first, ...rest] = steps;
  if (first === undefined) return steps;
  const merged: SimStep = {
    ...first,
    config: { ...setup.config, ...first.config },
    leader: first.leader ?? setup.leader,
  };
  return [merged, ...rest];
}

/** The `sim` row of the command table. */
export const simCommand: CommandSpec = {
  name: 'sim',
  summary: "Run a built charm's real dispatch as Juju would, without Juju",
  usage: 'sim <charm> (--event NAME | --action NAME | --scenario FILE) [--state FILE] [options]',
  description:
    '<charm> is a project built by `jujuts build`, an unpacked charm, or a .charm file. Each event runs\n' +
    'dispatch in a new process with Juju\'s environment, stand-in hook commands on PATH over the state\n' +
    'file (created for <charm>/0 if missing), and a Pebble stand-in per container. Prints what the\n' +
    'charm did; a failing hook (non-zero exit) leaves the state as it was, as Juju does.\n' +
    'The unit (stored state, container files) is kept beside the state file, in <state>.unit/.\n' +
    'A scenario step\'s keys (event, action, params, config, leader, relation, remote-unit, remote-app,\n' +
    'remote-unit-data, remote-app-data, storage, …) mean what the options of the same names do, and\n' +
    '`secret:` either names a secret event\'s secret or is a mapping {id, label, owner, granted-to,\n' +
    'content} that puts a secret in the state first. leader-elected always runs on the leader.',
  positionals: [{ name: 'charm', required: true }],
  options: {
    state: { type: 'string', short: 's', valueName: 'FILE', description: 'The state file (default: sim-state.json)' },
    event: { type: 'string', short: 'e', valueName: 'NAME', description: 'A hook name: install, config-changed, db-relation-changed, web-pebble-ready, …' },
    action: { type: 'string', short: 'a', valueName: 'NAME', description: 'Run an action instead of a hook' },
    param: { type: 'string', multiple: true, valueName: 'K=V', description: 'An action parameter (repeatable)' },
    scenario: { type: 'string', valueName: 'FILE', description: 'A YAML list of steps to run in order' },
    'keep-going': { type: 'boolean', description: 'With --scenario, go on after a failing hook' },
    relation: { type: 'string', short: 'r', valueName: 'ENDPOINT:ID', description: 'The relation of a relation event (created if missing)' },
    'remote-unit': { type: 'string', valueName: 'UNIT', description: 'The remote unit of a relation event, e.g. pg/0' },
    'remote-app': { type: 'string', valueName: 'APP', description: 'The remote application of a relation created by this event' },
    'remote-data': { type: 'string', multiple: true, valueName: 'K=V', description: "Data in the remote unit's bag before the hook (repeatable)" },
    'remote-app-data': { type: 'string', multiple: true, valueName: 'K=V', description: "Data in the remote app's bag before the hook (repeatable)" },
    'departing-unit': { type: 'string', valueName: 'UNIT', description: 'The departing unit of relation-departed' },
    workload: { type: 'string', short: 'w', valueName: 'NAME', description: 'The container of a workload event' },
    check: { type: 'string', valueName: 'NAME', description: 'The Pebble check of check-failed / check-recovered' },
    'notice-key': { type: 'string', valueName: 'KEY', description: 'The notice key of pebble-custom-notice' },
    secret: { type: 'string', valueName: 'ID|LABEL', description: 'The secret of a secret event' },
    'secret-revision': { type: 'string', valueName: 'N', description: 'The revision of secret-remove / secret-expired' },
    'secret-content': { type: 'string', multiple: true, valueName: 'K=V', description: 'New content for --secret (creates it or adds a revision)' },
    storage: { type: 'string', valueName: 'NAME/N', description: 'The storage instance of a storage event' },
    'set-config': { type: 'string', multiple: true, valueName: 'K=V', description: 'Set a config option before the hook (repeatable)' },
    leader: { type: 'boolean', description: 'Make the unit the leader before the hook' },
    'not-leader': { type: 'boolean', description: 'Make the unit a non-leader before the hook' },
    unit: { type: 'string', valueName: 'NAME', description: 'The unit name for a new state file (default: <charm name>/0)' },
  },
  async run({ options, positionals }, io) {
    const result = await simCharm(
      {
        charm: positionals[0] ?? '.',
        stateFile: stringOption(options, 'state') ?? 'sim-state.json',
        unitName: stringOption(options, 'unit'),
        steps: stepsFromOptions(options, io.cwd),
        keepGoing: flagOption(options, 'keep-going'),
      },
      io,
    );
    const failed = result.exitCodes.find((code) => code !== 0);
    return failed === undefined ? 0 : 1;
  },
};
