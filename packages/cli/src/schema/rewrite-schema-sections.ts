import type { RenderedSchema } from '@jujuts/ops';
import { type Document, isMap, parseDocument } from 'yaml';
import { CliError } from '../errors';
import { mapSync, type NodeSync } from './sync-yaml-node';
import { spliceSections } from './splice-sections';

// What the classes own in each entry; anything else an author wrote there
// (an action's `execution-group`, `parallel`) is theirs and stays.
const OPTION_KEYS = ['type', 'default', 'description'];
const ACTION_KEYS = ['description', 'params', 'required'];

const option = mapSync((k) => OPTION_KEYS.includes(k));
const action = mapSync((k) => ACTION_KEYS.includes(k));
const sections: Readonly<Record<string, NodeSync>> = {
  config: mapSync((k) => k === 'options', mapSync(() => true, option)),
  actions: mapSync(() => true, action),
};
const root = mapSync(() => false, (doc, node, value, key) => (sections[key] ?? mapSync(() => false))(doc, node, value, key));

/** Parses charmcraft.yaml keeping comments and styles, or fails naming the line. */
export function parseCharmcraftDocument(text: string, file: string): Document {
  const doc = parseDocument(text);
  const error = doc.errors[0];
  if (error) throw new CliError(`${file} is not valid YAML: ${error.message.split('\n')[0] ?? ''}`);
  if (doc.contents !== null && !isMap(doc.contents)) {
    throw new CliError(`${file} must be a mapping at the top level`);
  }
  return doc;
}

/**
 * Rewrites the `config.options` and `actions` sections of charmcraft.yaml
 * text from the rendered classes. Entries that survive keep their comments,
 * key order and style; every byte outside the two sections is kept as is.
 * A section the schema leaves out is not touched.
 */
export function rewriteSchemaSections(text: string, schema: RenderedSchema, file = 'charmcraft.yaml'): string {
  const doc = parseCharmcraftDocument(text, file);
  const wanted: Record<string, unknown> = {};
  if (schema.config) wanted['config'] = { options: schema.config.options };
  if (schema.actions) wanted['actions'] = schema.actions;
  if (Object.keys(wanted).length === 0) return text;
  if (doc.contents === null) doc.contents = doc.createNode({});
  doc.contents = root(doc, doc.contents, wanted, '');
  return spliceSections(text, doc.toString({ lineWidth: 0 }), Object.keys(wanted));
}
