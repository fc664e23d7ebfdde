import { buildCommand } from './build';
import type { CommandSpec } from './command';
import { initCommand } from './init';
import { packCommand } from './pack';
import { schemaCommand } from './schema';

/**
 * The built-in commands, in help order. `sim` is added as a further row:
 * `runCli(argv, io, [...defaultCommands, simCommand])`.
 */
export const defaultCommands: readonly CommandSpec[] = [buildCommand, packCommand, schemaCommand, initCommand];
