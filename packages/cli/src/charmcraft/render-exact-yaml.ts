import { Document, isMap, isScalar, isSeq, Scalar, type ScalarTag, type Tags } from 'yaml';
import { doubleQuotedYaml } from './double-quoted-yaml';
import { yamlRoundTripProblem } from './yaml-round-trip';

const STRING_TAG = 'tag:yaml.org,2002:str';

/**
 * YAML text for `data` that reads back as exactly `data`, in the style
 * `yaml.stringify` gives (the one charmcraft's files read like) wherever that
 * style holds.
 *
 * yaml 2.9.1 loses or mangles some strings (whitespace-only lines in block
 * scalars, folded lines that start with a space, some double-quoted escapes),
 * and Juju must get descriptions and config defaults byte for byte. Each string
 * that does not survive on its own is written double-quoted by our own
 * encoder; should the whole document still differ, every string is.
 */
export function renderExactYaml(data: unknown): string {
  const doc = exactDocument(data);
  const strings = [...stringScalars(doc.contents, (value) => value)];
  for (const { scalar, value } of strings) if (JUJU_MISREADS.test(value)) scalar.type = Scalar.QUOTE_DOUBLE;
  const text = doc.toString();
  if (yamlRoundTripProblem(text, data) === undefined) return text;
  for (const { scalar, probe } of strings) {
    if (yamlRoundTripProblem(exactDocument(probe).toString(), probe) !== undefined) scalar.type = Scalar.QUOTE_DOUBLE;
  }
  const forced = doc.toString();
  if (yamlRoundTripProblem(forced, data) === undefined) return forced;
  for (const { scalar } of strings) scalar.type = Scalar.QUOTE_DOUBLE;
  return doc.toString();
}

// Characters the library writes raw and reads back, but Juju's YAML reader
// (go-yaml, YAML 1.1) takes for line breaks (U+0085, U+2028, U+2029), refuses
// (C1 controls, DEL, a lone surrogate) or may drop (a BOM): only escapes carry them.
const JUJU_MISREADS = /[\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]/u;

function exactDocument(data: unknown): Document {
  return new Document(data, { customTags: withExactStrings });
}

// The library's string tag, except that a scalar marked double-quoted is
// written by doubleQuotedYaml (the library's own double-quoted writer is one
// of the broken paths).
function withExactStrings(tags: Tags): Tags {
  return tags.map((tag) => {
    if (typeof tag === 'string' || tag.tag !== STRING_TAG || tag.collection !== undefined) return tag;
    const plain: ScalarTag = tag;
    const exact: ScalarTag = {
      ...plain,
      stringify(item, ctx, onComment, onChompKeep) {
        if (item.type === Scalar.QUOTE_DOUBLE && typeof item.value === 'string') {
          return doubleQuotedYaml(item.value, { indent: ctx.indent, implicitKey: ctx.implicitKey === true });
        }
        if (plain.stringify === undefined) return String(item.value);
        return plain.stringify(item, ctx, onComment, onChompKeep);
      },
    };
    return exact;
  });
}

/** A string scalar of the document, and a one-path document that writes it in the same place. */
interface StringScalar {
  readonly scalar: Scalar;
  readonly value: string;
  readonly probe: unknown;
}

// A probe keeps the keys and sequence nesting above the string, so the
// library indents and folds it as it does in the whole document.
function* stringScalars(node: unknown, wrap: (value: unknown) => unknown): Generator<StringScalar> {
  if (isScalar(node)) {
    if (typeof node.value === 'string') yield { scalar: node, value: node.value, probe: wrap(node.value) };
  } else if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (isScalar(pair.key)) yield { scalar: pair.key, value: key, probe: wrap({ [key]: null }) };
      yield* stringScalars(pair.value, (value) => wrap({ [key]: value }));
    }
  } else if (isSeq(node)) {
    for (const item of node.items) yield* stringScalars(item, (value) => wrap([value]));
  }
}
