export type { CommandSpec, CommandInput, OptionSpec, OptionValues } from './command';
export { defaultCommands } from './command-table';
export { parseCommandArgs } from './parse-command-args';
export { formatCommandHelp, formatTopHelp } from './format-help';
export { stringOption, flagOption, listOption } from './option-values';
export { buildCharm, buildCommand, type BuildOptions, type BuildResult } from './build';
export { packCharm, packCommand, type PackOptions, type PackResult } from './pack';
export { initCharm, initCommand, type InitOptions, type InitResult } from './init';
export { schemaCharm, schemaCommand, type SchemaOptions, type SchemaResult } from './schema';
