export type { Logger } from 'pino';
export { createCharmLogger, type CharmLoggerOptions } from './create-charm-logger';
export { jujuLogDestination, type JujuLogDestinationOptions, type LineWriter } from './juju-log-destination';
export { jujuLevelOf, type JujuLogLevel, type JujuLogSink } from './juju-log-level';
export { splitLogMessage, MAX_JUJU_LOG_LENGTH } from './split-log-message';
export { formatLogLine } from './format-log-line';
