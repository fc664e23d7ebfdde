import { bool, type CommandSpec, flagSet, FORMAT, valued } from './command-spec';
import { readKeyValueArgs } from './read-string-map';

/** Status, workload version, logging and action commands: the ones that apply at once. */
export const UNIT_COMMANDS: readonly CommandSpec[] = [
  {
    name: 'status-get',
    usage: '[options] [<key>]',
    flags: [FORMAT, bool('include-data'), bool('application')],
    minArgs: 0,
    maxArgs: 1,
    run(ctx) {
      const entry = (s: { status: string; message: string }) => ({
        message: s.message,
        status: s.status,
        'status-data': {},
      });
      if (!flagSet(ctx, 'application')) {
        const status = entry(ctx.juju.status.unit());
        const key = ctx.args[0];
        return { value: key === undefined ? status : ((status as Record<string, unknown>)[key] ?? null) };
      }
      const app = ctx.juju.status.app();
      const units = Object.fromEntries(Object.entries(app.units).map(([unit, s]) => [unit, entry(s)]));
      return { value: { 'application-status': { ...entry(app), units } } };
    },
  },
  {
    name: 'status-set',
    usage: '[options] <maintenance | blocked | waiting | active> [message]',
    flags: [bool('application')],
    minArgs: 1,
    maxArgs: 2,
    missing: 'status',
    run(ctx) {
      ctx.juju.status.set(ctx.args[0] ?? '', ctx.args[1] ?? '', flagSet(ctx, 'application'));
    },
  },
  {
    name: 'application-version-set',
    usage: '<new-version>',
    flags: [],
    minArgs: 1,
    maxArgs: 1,
    missing: 'version',
    run(ctx) {
      ctx.juju.setWorkloadVersion(ctx.args[0] ?? '');
    },
  },
  {
    name: 'juju-log',
    usage: '[options] <message>',
    flags: [valued('log-level', 'l'), bool('debug'), FORMAT],
    minArgs: 1,
    maxArgs: Infinity,
    missing: 'message',
    run(ctx) {
      const level = ctx.flags.get('log-level');
      ctx.juju.log(
        typeof level === 'string' ? level : flagSet(ctx, 'debug') ? 'DEBUG' : 'INFO',
        ctx.args.join(' '),
      );
    },
  },
  {
    name: 'action-get',
    usage: '[options] [<key>[.<key>.<key>...]]',
    flags: [FORMAT],
    minArgs: 0,
    maxArgs: 1,
    run(ctx) {
      let value: unknown = ctx.juju.actions.params();
      for (const segment of ctx.args[0]?.split('.') ?? []) {
        value =
          value !== null && typeof value === 'object'
            ? (value as Record<string, unknown>)[segment]
            : undefined;
      }
      return { value: value ?? null };
    },
  },
  {
    name: 'action-set',
    usage: '<key>=<value> [<key>=<value> ...]',
    flags: [],
    minArgs: 1,
    maxArgs: Infinity,
    missing: 'key=value pairs',
    run(ctx) {
      ctx.juju.actions.set(readKeyValueArgs(ctx.args));
    },
  },
  {
    name: 'action-log',
    usage: '<message>',
    flags: [],
    minArgs: 1,
    maxArgs: Infinity,
    missing: 'message',
    run(ctx) {
      ctx.juju.actions.log(ctx.args.join(' '));
    },
  },
  {
    name: 'action-fail',
    usage: '["<failure message>"]',
    flags: [],
    minArgs: 0,
    maxArgs: 1,
    run(ctx) {
      ctx.juju.actions.fail(ctx.args[0]);
    },
  },
];
