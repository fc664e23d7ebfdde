import { buildCommand } from './build';
import type { CommandSpec } from './command';
import { initCommand } from './init';
import { packCommand } from './pack';

/**
 * The built-in commands, in help order. `schema` and `sim` are added as
 * further rows: `runCli(argv, io, [...defaultCommands, schemaCommand])`.
 */
export const defaultCommands: readonly CommandSpec[] = [buildCommand, packCommand, initCommand];
