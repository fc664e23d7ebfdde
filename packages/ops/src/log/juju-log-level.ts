/**
 * Juju log levels accepted by `juju-log --log-level`. Declared here rather
 * than imported from backend/ because log/ is a leaf layer; the backend's
 * type of the same name is structurally identical.
 */
export type JujuLogLevel = 'TRACE' | 'DEBUG' | 'INFO' | 'WARNING' | 'ERROR' | 'CRITICAL';

/** Writes one line to Juju's log; in a hook, `(lvl, msg) => backend.jujuLog(lvl, msg)`. */
export type JujuLogSink = (level: JujuLogLevel, message: string) => void;

/**
 * The Juju level for a pino level number: trace→TRACE, debug→DEBUG,
 * info→INFO, warn→WARNING, error→ERROR, fatal→CRITICAL. Custom levels fall
 * into the band of the next standard level at or above them.
 */
export function jujuLevelOf(pinoLevel: number): JujuLogLevel {
  if (pinoLevel <= 10) return 'TRACE';
  if (pinoLevel <= 20) return 'DEBUG';
  if (pinoLevel <= 30) return 'INFO';
  if (pinoLevel <= 40) return 'WARNING';
  if (pinoLevel <= 50) return 'ERROR';
  return 'CRITICAL';
}
