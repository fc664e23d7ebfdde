export { runCli } from './cli';
export { CliError, RenderedYamlError, UsageError } from './errors';
export type { CliIo, TextSink } from './io';
export { say, step, formatSize } from './io';
export * from './commands';
export { cliVersion } from './version';
