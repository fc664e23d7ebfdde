export type { CliIo, TextSink } from './cli-io';
export { say, step, formatSize } from './progress';
export { displayPath } from './display-path';
