import pino, { type LevelWithSilent, type Logger } from 'pino';
import { jujuLogDestination, type LineWriter } from './juju-log-destination';
import type { JujuLogSink } from './juju-log-level';

/** Options of {@link createCharmLogger}. */
export interface CharmLoggerOptions {
  /** Juju's log; in a hook, `(lvl, msg) => backend.jujuLog(lvl, msg)`. Without it lines go to stderr. */
  readonly sink?: JujuLogSink | undefined;
  /** Send debug lines too and copy every line to stderr (ops does the same for JUJU_DEBUG). Default: JUJU_DEBUG is set. */
  readonly debug?: boolean | undefined;
  /** The lowest level logged; overrides what `debug` implies. Default `info` (`debug` when debugging). */
  readonly level?: LevelWithSilent | undefined;
  /** Where stderr lines go. Default `process.stderr`. */
  readonly stderr?: LineWriter | undefined;
  /** The environment `JUJU_DEBUG` is read from. Default `process.env`. */
  readonly env?: NodeJS.ProcessEnv | undefined;
}

/**
 * A pino logger whose destination is Juju's log (`juju-log`), synchronous
 * and cheap to create, for the one logger each hook needs.
 *
 * Levels map trace→TRACE, debug→DEBUG, info→INFO, warn→WARNING, error→ERROR,
 * fatal→CRITICAL. Debug lines are not sent unless asked for, because each
 * line costs a `juju-log` process. An `err` field's stack follows the message
 * on the next lines; other fields are appended as ` key=value`.
 *
 * @example
 * const logger = createCharmLogger({ sink: (lvl, msg) => backend.jujuLog(lvl, msg) });
 * logger.child({ relation: 'db:3' }).info('joined'); // juju-log --log-level INFO -- joined relation=db:3
 */
export function createCharmLogger(options: CharmLoggerOptions = {}): Logger {
  const env = options.env ?? process.env;
  const debug = options.debug ?? Boolean(env['JUJU_DEBUG']);
  const stderr = options.stderr ?? process.stderr;
  const made: { root?: Logger } = {};
  const destination = jujuLogDestination(
    { sink: options.sink, stderr: debug || !options.sink ? stderr : undefined, fallback: stderr },
    () => made.root,
  );
  // No base fields (pid, hostname) and no timestamp: Juju stamps its log
  // itself, and os.hostname() on every hook is wasted work.
  made.root = pino({ level: options.level ?? (debug ? 'debug' : 'info'), base: null, timestamp: false }, destination);
  return made.root;
}
