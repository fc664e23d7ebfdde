import { isDeepStrictEqual } from 'node:util';
import { CharmMetaError } from '../errors';
import { yamlLibrary } from './lazy-libs';
import { renderSchema } from './render-schema';
import type { RenderedAction, SchemaSpec } from './schema-types';

type Loose = Record<string, unknown>;

const asRecord = (value: unknown): Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Loose) : {};

const show = (value: unknown): string => (value === undefined ? 'unset' : JSON.stringify(value));

function compareKeys(path: string, ours: Loose, theirs: Loose, keys: readonly string[], out: string[]): void {
  for (const key of keys) {
    if (isDeepStrictEqual(ours[key], theirs[key])) continue;
    const what = key === 'type' && typeof ours[key] === 'string' && typeof theirs[key] === 'string'
      ? `type is ${String(ours[key])} in the class but ${String(theirs[key])}`
      : `${key} is ${show(ours[key])} in the class but ${show(theirs[key])}`;
    out.push(`${path}: ${what} in charmcraft.yaml`);
  }
}

function checkOptions(ours: Loose, theirs: Loose, out: string[]): void {
  for (const [name, option] of Object.entries(ours)) {
    const path = `config.options.${name}`;
    if (!(name in theirs)) {
      out.push(`${path}: missing from charmcraft.yaml`);
      continue;
    }
    // The classes are the source of truth: a description only charmcraft.yaml
    // has would be lost when the section is rewritten, so it is drift too.
    compareKeys(path, asRecord(option), asRecord(theirs[name]), ['type', 'default', 'description'], out);
  }
  for (const name of Object.keys(theirs)) {
    if (!(name in ours)) out.push(`config.options.${name}: declared in charmcraft.yaml but not in the config class`);
  }
}

function checkAction(name: string, ours: RenderedAction, theirs: Loose, out: string[]): void {
  const path = `actions.${name}`;
  compareKeys(path, ours as Loose, theirs, ['description'], out);
  const ourParams = ours.params ?? {};
  const theirParams = asRecord(theirs['params']);
  for (const [param, schema] of Object.entries(ourParams)) {
    if (!(param in theirParams)) {
      out.push(`${path}.params.${param}: missing from charmcraft.yaml`);
      continue;
    }
    const theirSchema = asRecord(theirParams[param]);
    const keys = [...new Set([...Object.keys(schema), ...Object.keys(theirSchema)])];
    compareKeys(`${path}.params.${param}`, schema, theirSchema, keys, out);
  }
  for (const param of Object.keys(theirParams)) {
    if (!(param in ourParams)) out.push(`${path}.params.${param}: declared in charmcraft.yaml but not in the params class`);
  }
  const ourRequired = new Set(ours.required ?? []);
  const theirRequired = new Set(Array.isArray(theirs['required']) ? theirs['required'].map(String) : []);
  for (const param of ourRequired) if (!theirRequired.has(param)) out.push(`${path}.params.${param}: required in the class but not in charmcraft.yaml`);
  for (const param of theirRequired) if (!ourRequired.has(param)) out.push(`${path}.params.${param}: required in charmcraft.yaml but not in the class`);
  if (ours.additionalProperties === false && theirs['additionalProperties'] !== false) {
    out.push(`${path}: additionalProperties is false in the class but ${show(theirs['additionalProperties'])} in charmcraft.yaml`);
  }
}

/**
 * Compares charmcraft.yaml with what {@link renderSchema} makes of the
 * classes and lists every drift, one precise line each (for example
 * `config.options.port: type is int in the class but string in charmcraft.yaml`).
 * Sections the spec leaves out are not checked. Empty when in sync.
 *
 * @throws CharmMetaError when the text is not a YAML mapping.
 */
export function checkSchema(spec: SchemaSpec, charmcraftYamlText: string): string[] {
  let doc: unknown;
  try {
    doc = yamlLibrary().parse(charmcraftYamlText) as unknown;
  } catch (err) {
    throw new CharmMetaError({ file: 'charmcraft.yaml', keyPath: '' }, `is not valid YAML: ${(err as Error).message}`);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new CharmMetaError({ file: 'charmcraft.yaml', keyPath: '' }, 'must be a mapping');
  }
  const rendered = renderSchema(spec);
  const yamlDoc = doc as Loose;
  const out: string[] = [];
  if (rendered.config) checkOptions(rendered.config.options, asRecord(asRecord(yamlDoc['config'])['options']), out);
  if (rendered.actions) {
    const theirs = asRecord(yamlDoc['actions']);
    for (const [name, action] of Object.entries(rendered.actions)) {
      if (name in theirs) checkAction(name, action, asRecord(theirs[name]), out);
      else out.push(`actions.${name}: missing from charmcraft.yaml`);
    }
    for (const name of Object.keys(theirs)) {
      if (!(name in rendered.actions)) out.push(`actions.${name}: declared in charmcraft.yaml but not in the charm`);
    }
  }
  return out;
}
