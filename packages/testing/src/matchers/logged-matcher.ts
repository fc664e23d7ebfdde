import type { LogRecord } from '../juju';
import { requireShape, result, show, type MatcherResult, type MatcherThis } from './matcher-result';

/** Anything with juju-log lines: a Context (its latest run) or its outputs. */
export interface HasJujuLog {
  readonly jujuLog: readonly LogRecord[];
}

/**
 * `expect(ctx).toHaveLogged('configured')`, `.toHaveLogged('ERROR', /failed/)`:
 * some juju-log line contains the text (or matches the pattern), at that level if given.
 */
export function toHaveLogged(this: MatcherThis | void, received: unknown, levelOrText: string | RegExp, text?: string | RegExp): MatcherResult {
  const source = requireShape<HasJujuLog>('toHaveLogged', received, 'a Context or its outputs (with jujuLog)', (v) => typeof v === 'object' && v !== null && 'jujuLog' in v);
  const level = text === undefined ? undefined : String(levelOrText).toUpperCase();
  const pattern = text === undefined ? levelOrText : text;
  const matches = (line: string) => (typeof pattern === 'string' ? line.includes(pattern) : pattern.test(line));
  const pass = source.jujuLog.some((l) => (level === undefined || l.level === level) && matches(l.message));
  const what = `${level ? `${level} ` : ''}${typeof pattern === 'string' ? show(pattern) : String(pattern)}`;
  const lines = source.jujuLog.map((l) => `  ${l.level} ${l.message}`).join('\n') || '  (no lines)';
  return result(pass, `expected no juju-log line matching ${what}, but found one:\n${lines}`, `expected a juju-log line matching ${what}; the log holds:\n${lines}`);
}
