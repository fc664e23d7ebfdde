import { JujuError } from '../juju/juju-error';
import { bool, type CommandSpec, flagSet, flagValue, FORMAT, valued } from './command-spec';
import { readKeyValueArgs, readStringMap } from './read-string-map';

/** `state-get`, `state-set`, `state-delete`: Juju's per-unit key/value store. */
export const STORE_COMMANDS: readonly CommandSpec[] = [
  {
    name: 'state-get',
    usage: '[options] [<key>]',
    flags: [FORMAT, bool('strict')],
    minArgs: 0,
    maxArgs: 1,
    run(ctx) {
      const key = ctx.args[0];
      if (key === undefined) return { value: ctx.juju.store.getAll() };
      const value = ctx.juju.store.get(key);
      if (value === undefined && flagSet(ctx, 'strict')) throw new JujuError(`"${key}" not found`);
      return { value: value ?? null };
    },
  },
  {
    name: 'state-set',
    usage: '[options] key=value [key=value ...]',
    flags: [valued('file')],
    minArgs: 0,
    maxArgs: Infinity,
    run(ctx) {
      const file = flagValue(ctx, 'file');
      const fromFile =
        file === undefined
          ? {}
          : readStringMap(file === '-' ? ctx.readStdin() : ctx.readFile(file), 'state file');
      ctx.juju.store.set({ ...fromFile, ...readKeyValueArgs(ctx.args) });
    },
  },
  {
    name: 'state-delete',
    usage: '<key>',
    flags: [],
    minArgs: 1,
    maxArgs: 1,
    missing: 'key',
    run(ctx) {
      ctx.juju.store.delete(ctx.args[0] ?? '');
    },
  },
];
