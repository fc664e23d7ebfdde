/** Keys of the log call's object that are not appended as ` key=value`. */
const RESERVED = new Set(['msg', 'err']);

/** How deep `err.cause` chains are followed before giving up. */
const MAX_CAUSES = 5;

/**
 * The text sent to Juju's log for one log call: the message, then ` key=value`
 * for each bound field (child bindings first), then the stack of `err` (and
 * its causes) on the following lines.
 */
export function formatLogLine(
  message: string | undefined,
  fields: Readonly<Record<string, unknown>> | undefined,
  bindings: Readonly<Record<string, unknown>> | undefined,
): string {
  let text = message ?? (typeof fields?.['msg'] === 'string' ? fields['msg'] : '');
  for (const source of [bindings, fields]) {
    if (!source) continue;
    for (const key of Object.keys(source)) {
      const value = source[key];
      if (RESERVED.has(key) || value === undefined) continue;
      text += `${text === '' ? '' : ' '}${key}=${formatValue(value)}`;
    }
  }
  const err = fields?.['err'];
  if (err !== undefined) text += `${text === '' ? '' : '\n'}${formatError(err)}`;
  return text;
}

/** A value as it reads best in a log line: bare words bare, everything else JSON. */
export function formatValue(value: unknown): string {
  if (typeof value === 'string') return /^[^\s"=]+$/.test(value) ? value : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' || value === null) {
    return String(value);
  }
  if (value instanceof Error) return JSON.stringify(`${value.name}: ${value.message}`);
  try {
    return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) ?? String(value);
  } catch {
    // Circular structures must not turn a log call into a crash.
    return '[unserializable]';
  }
}

function formatError(err: unknown): string {
  if (!(err instanceof Error)) return `err=${formatValue(err)}`;
  let text = err.stack ?? `${err.name}: ${err.message}`;
  let cause: unknown = err.cause;
  for (let depth = 0; cause !== undefined && depth < MAX_CAUSES; depth++) {
    text += `\nCaused by: ${cause instanceof Error ? (cause.stack ?? String(cause)) : formatValue(cause)}`;
    cause = cause instanceof Error ? cause.cause : undefined;
  }
  return text;
}
