import type { CommandSpec } from './command-spec';
import { MODEL_COMMANDS } from './model-commands';
import { RELATION_COMMANDS } from './relation-commands';
import { SECRET_COMMANDS } from './secret-commands';
import { STORE_COMMANDS } from './store-commands';
import { UNIT_COMMANDS } from './unit-commands';

/** Every stand-in hook command by name. */
export const HOOK_COMMANDS: ReadonlyMap<string, CommandSpec> = new Map(
  [...RELATION_COMMANDS, ...SECRET_COMMANDS, ...UNIT_COMMANDS, ...MODEL_COMMANDS, ...STORE_COMMANDS].map(
    (c) => [c.name, c],
  ),
);

/** The names of every hook command the stand-ins provide, for putting shims on PATH. */
export const HOOK_TOOL_NAMES: readonly string[] = [...HOOK_COMMANDS.keys()];
