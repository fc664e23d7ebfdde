import type * as Yaml from 'yaml';
import type { Document, LineCounter, Node } from 'yaml';
import { CharmMetaError } from '../errors/charm-errors';
import type { MetaPath, MetaSource } from './meta-source';

/** A YAML document as plain data plus the line of every node in it. */
export interface YamlSource {
  readonly data: unknown;
  readonly source: MetaSource;
}

type YamlModule = typeof Yaml;

/**
 * Parses YAML text, keeping node positions for error messages. `yaml` is
 * required here, not imported at the top, so a hook that loads metadata from
 * pre-rendered JSON never pays the 60-95 ms it takes to load.
 *
 * @throws CharmMetaError naming the file and line of a syntax error or duplicate key.
 */
export function parseYamlSource(text: string, file: string): YamlSource {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const yaml = require('yaml') as YamlModule;
  const lineCounter = new yaml.LineCounter();
  const doc = yaml.parseDocument(text, { lineCounter, prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0].line ?? lineCounter.linePos(first.pos[0]).line;
    throw new CharmMetaError({ file, keyPath: '', line }, `invalid YAML: ${first.message}`);
  }
  return {
    data: doc.toJS({ maxAliasCount: 100 }) as unknown,
    source: { file, lineOf: (path) => lineOfPath(yaml, doc, lineCounter, path) },
  };
}

function lineOfPath(yaml: YamlModule, doc: Document, counter: LineCounter, path: MetaPath): number | undefined {
  // Walk down as far as the path exists: a missing key is reported at its parent.
  let node: unknown = doc.contents;
  let line = rangeLine(counter, node);
  for (const segment of path) {
    if (yaml.isMap(node)) {
      const pair = node.items.find((p) => yaml.isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      // The key's line: for a nested map the value only starts on the next line.
      line = rangeLine(counter, pair.key) ?? rangeLine(counter, pair.value) ?? line;
      node = pair.value;
    } else if (yaml.isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      line = rangeLine(counter, node) ?? line;
    } else {
      break;
    }
  }
  return line;
}

function rangeLine(counter: LineCounter, node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? counter.linePos(range[0]).line : undefined;
}
