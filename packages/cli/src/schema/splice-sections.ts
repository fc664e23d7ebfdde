import { isMap, parseDocument, type Pair } from 'yaml';
import { keyOf } from './sync-yaml-node';

type Ranged = { range?: [number, number, number] };

// The text of a top-level entry: from its key to the end of its value,
// without the comments above it (those belong to the text around it).
function spans(text: string): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  const contents = parseDocument(text).contents;
  if (!isMap(contents)) return out;
  for (const pair of contents.items as Pair[]) {
    const key = (pair.key as Ranged | null)?.range;
    // `actions:` with nothing after it has no value node: the entry ends with its key.
    const end = (pair.value as Ranged | null)?.range?.[2] ?? key?.[2];
    const start = key?.[0];
    // A value ending in an empty node (`reset:`) stops before its newline: take the line's end too.
    const lineEnd = end === undefined ? undefined : end + (/^[ \t]*\n/.exec(text.slice(end))?.[0].length ?? 0);
    if (start !== undefined && lineEnd !== undefined) out.set(keyOf(pair), [start, lineEnd]);
  }
  return out;
}

/**
 * Puts the top-level entries `keys` of `rendered` into `original` in place
 * of the same entries (appending those it lacks), so the rest of the file
 * stays byte for byte what the author wrote.
 */
export function spliceSections(original: string, rendered: string, keys: readonly string[]): string {
  const before = spans(original);
  const after = spans(rendered);
  const replaced = keys
    .map((key) => ({ key, from: before.get(key), to: after.get(key) }))
    .sort((a, b) => (b.from?.[0] ?? -1) - (a.from?.[0] ?? -1));
  let text = original;
  const appended: string[] = [];
  for (const { from, to } of replaced) {
    if (!to) continue;
    const section = rendered.slice(to[0], to[1]).replace(/\n*$/, '\n');
    if (from) text = text.slice(0, from[0]) + section + text.slice(from[1]);
    else appended.push(section);
  }
  if (appended.length === 0) return text;
  return `${text.replace(/\n*$/, '\n')}${appended.join('')}`;
}
