import { type Document, isCollection, isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';

/** Whether the classes own a key of a mapping: owned keys they lack are removed, others are left as written. */
export type KeyFilter = (key: string) => boolean;

/** Brings `node` (or nothing) in line with `value`, editing it in place where it can; returns the node to keep. */
export type NodeSync = (doc: Document, node: unknown, value: unknown, key: string) => Node;

type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The text of a pair's key. */
export function keyOf(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

// A node built anew keeps the comments of the one it replaces.
function replacement(doc: Document, old: unknown, value: unknown): Node {
  const node = doc.createNode(value);
  if (isScalar(old) || isCollection(old)) {
    node.commentBefore = old.commentBefore;
    node.comment = old.comment;
  }
  return node;
}

function syncSeq(doc: Document, seq: YAMLSeq, values: readonly unknown[]): void {
  values.forEach((value, i) => {
    seq.items[i] = syncNode(doc, seq.items[i], value, String(i));
  });
  seq.items.length = values.length;
}

/**
 * Edits `node` to hold `value`: mappings key by key (every key owned),
 * sequences item by item, scalars by value, so comments and styles on
 * surviving nodes stay. A node of another kind is replaced.
 */
export function syncNode(doc: Document, node: unknown, value: unknown, key = ''): Node {
  if (isPlain(value)) return mapSync(() => true)(doc, node, value, key);
  if (Array.isArray(value) && isSeq(node)) {
    syncSeq(doc, node, value);
    return node;
  }
  if (isScalar(node) && typeof node.value === typeof value && !isCollection(value)) {
    node.value = value;
    return node;
  }
  return replacement(doc, node, value);
}

function syncMap(doc: Document, map: YAMLMap, values: Plain, owns: KeyFilter, child: NodeSync): void {
  for (const [key, value] of Object.entries(values)) {
    const pair = map.items.find((p) => keyOf(p) === key);
    if (pair) {
      pair.value = child(doc, pair.value, value, key);
      continue;
    }
    const node = child(doc, undefined, value, key);
    // A new entry takes the style of the entry above it (`port: { type: int }` after `log-level: { … }`).
    const sibling = map.items.map((p) => p.value).filter(isCollection).at(-1);
    if (isCollection(node) && sibling?.flow === true) node.flow = true;
    map.items.push(doc.createPair(key, node));
  }
  map.items = map.items.filter((p) => keyOf(p) in values || !owns(keyOf(p)));
}

/**
 * A sync for mappings: keys of the value are set through `child`, owned keys
 * the value lacks are removed, keys it does not own are kept untouched.
 */
export function mapSync(owns: KeyFilter, child: NodeSync = syncNode): NodeSync {
  return (doc, node, value, key) => {
    if (!isPlain(value)) return syncNode(doc, node, value, key);
    if (isMap(node)) {
      syncMap(doc, node, value, owns, child);
      return node;
    }
    // `pause:` (null) already reads as an empty mapping: rewriting it to `{}` would be churn.
    if (Object.keys(value).length === 0 && isScalar(node) && node.value === null) return node;
    const map = replacement(doc, node, {}) as YAMLMap;
    syncMap(doc, map, value, owns, child);
    return map;
  };
}
