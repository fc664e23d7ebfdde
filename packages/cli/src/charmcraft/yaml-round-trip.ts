import { isDeepStrictEqual } from 'node:util';
import { parseDocument } from 'yaml';
import { isMapping } from './charmcraft-project';

/**
 * Why `text` does not read back as exactly `data` (does not parse, or the
 * first key path whose value differs), or undefined when it does.
 */
export function yamlRoundTripProblem(text: string, data: unknown): string | undefined {
  const doc = parseDocument(text);
  const error = doc.errors[0];
  if (error !== undefined) return `it does not parse: ${error.message.split('\n')[0] ?? ''}`;
  const back: unknown = doc.toJS();
  if (isDeepStrictEqual(back, data)) return undefined;
  const path = firstDifference(data, back, []);
  const where = path.length === 0 ? 'the document' : path.join('.');
  return `${where} was ${describe(valueAt(data, path))}, reads back as ${describe(valueAt(back, path))}`;
}

// The shortest key path under which the two values differ.
function firstDifference(a: unknown, b: unknown, path: string[]): string[] {
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    const i = a.findIndex((item, n) => !isDeepStrictEqual(item, b[n]));
    return i < 0 ? path : firstDifference(a[i], b[i], [...path, String(i)]);
  }
  if (isMapping(a) && isMapping(b)) {
    const keys = Object.keys(a);
    if (!isDeepStrictEqual(keys, Object.keys(b))) return path;
    const key = keys.find((k) => !isDeepStrictEqual(a[k], b[k]));
    return key === undefined ? path : firstDifference(a[key], b[key], [...path, key]);
  }
  return path;
}

function valueAt(value: unknown, path: readonly string[]): unknown {
  let at = value;
  for (const key of path) at = isMapping(at) ? at[key] : Array.isArray(at) ? (at as readonly unknown[])[Number(key)] : undefined;
  return at;
}

function describe(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}
