import { bool, type CommandSpec, flagSet, flagValue, FORMAT, RELATION, valued } from './command-spec';
import { readKeyValueArgs, readStringMap } from './read-string-map';
import { relationFlag } from './relation-flag';
import { UsageError } from './usage-error';

/** `relation-*` commands. */
export const RELATION_COMMANDS: readonly CommandSpec[] = [
  {
    name: 'relation-ids',
    usage: '[options] <name>',
    flags: [FORMAT],
    minArgs: 0,
    maxArgs: 1,
    run(ctx) {
      const endpoint = ctx.args[0] ?? ctx.env['JUJU_RELATION'];
      if (!endpoint) throw new UsageError('no endpoint name specified');
      return { value: ctx.juju.relations.ids(endpoint).map((id) => `${endpoint}:${id}`) };
    },
  },
  {
    name: 'relation-list',
    usage: '[options]',
    flags: [FORMAT, RELATION, bool('app')],
    minArgs: 0,
    maxArgs: 0,
    run(ctx) {
      const target = relationFlag(ctx);
      return {
        value: flagSet(ctx, 'app') ? ctx.juju.relations.remoteApp(target) : ctx.juju.relations.list(target),
      };
    },
  },
  {
    name: 'relation-get',
    usage: '[options] <key> <unit id>',
    flags: [FORMAT, RELATION, bool('app')],
    minArgs: 0,
    maxArgs: 2,
    run(ctx) {
      const target = relationFlag(ctx);
      const isApp = flagSet(ctx, 'app');
      const member = ctx.args[1] ?? (isApp ? ctx.env['JUJU_REMOTE_APP'] : ctx.env['JUJU_REMOTE_UNIT']);
      if (!member) throw new UsageError(isApp ? 'no application specified' : 'no unit id specified');
      const bag = ctx.juju.relations.get(target, member, isApp);
      const key = ctx.args[0] ?? '-';
      return { value: key === '-' ? bag : (bag[key] ?? null) };
    },
  },
  {
    name: 'relation-set',
    usage: '[options] key=value [key=value ...]',
    flags: [RELATION, bool('app'), valued('file')],
    minArgs: 0,
    maxArgs: Infinity,
    run(ctx) {
      const target = relationFlag(ctx);
      const file = flagValue(ctx, 'file');
      const fromFile =
        file === undefined
          ? {}
          : readStringMap(file === '-' ? ctx.readStdin() : ctx.readFile(file), 'relation settings');
      ctx.juju.relations.set(target, { ...fromFile, ...readKeyValueArgs(ctx.args) }, flagSet(ctx, 'app'));
    },
  },
  {
    name: 'relation-model-get',
    usage: '[options]',
    flags: [FORMAT, RELATION],
    minArgs: 0,
    maxArgs: 0,
    run(ctx) {
      return { value: { uuid: ctx.juju.relations.modelUuid(relationFlag(ctx)) } };
    },
  },
];
