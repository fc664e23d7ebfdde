import { buildCommand } from './build';
import type { CommandSpec } from './command';
import { initCommand } from './init';
import { packCommand } from './pack';
import { schemaCommand } from './schema';
import { simCommand } from './sim';

/** The built-in commands, in help order. */
export const defaultCommands: readonly CommandSpec[] = [buildCommand, packCommand, schemaCommand, simCommand, initCommand];
