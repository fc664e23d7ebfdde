// Python's json.dumps writes NaN and ±Infinity bare (allow_nan=True) and
// json.loads reads them back; JSON.parse refuses them. Strings are matched
// first so a "NaN" inside a string literal stays text.
const TOKENS = /"(?:[^"\\]|\\.)*"|(-?Infinity|NaN)/g;
const MARK = '\u0000jujuts-number:';

/**
 * Parses JSON as Python's `json.loads` does, including the bare `NaN`,
 * `Infinity` and `-Infinity` that Python's `json.dumps` writes.
 *
 * @throws SyntaxError when the text is not JSON.
 */
export function parsePythonJson(text: string): unknown {
  if (!/NaN|Infinity/.test(text)) return JSON.parse(text) as unknown;
  const marked = text.replace(TOKENS, (match, special: string | undefined) => (special ? JSON.stringify(MARK + special) : match));
  return JSON.parse(marked, (_key, v: unknown) =>
    typeof v === 'string' && v.startsWith(MARK) ? Number(v.slice(MARK.length)) : v,
  ) as unknown;
}
