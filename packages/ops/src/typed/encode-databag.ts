import { RelationDataTypeError } from '../errors';
import { METADATA_KEYS } from '../metadata/keys';
import { readMetadataList } from '../metadata/own-metadata';
import type { FieldRecord } from './field.decorator';
import { pythonJsonDumps } from './python-json';

/**
 * Encodes an object for a relation databag the way ops's `Relation.save`
 * does: one key per own enumerable field, named as the property (ops writes
 * attribute names) unless `@field({ name })` says otherwise, each value
 * written by Python's `json.dumps` rules (see `pythonJsonDumps`), keys in
 * property-name order. `undefined` fields are omitted. Nested objects are
 * written whole inside their field's JSON, with their own property names.
 *
 * @throws RelationDataTypeError when two fields share a key or a value cannot be JSON.
 */
export function encodeDatabag(obj: object): Record<string, string> {
  const records = readMetadataList<FieldRecord>(METADATA_KEYS.field, obj.constructor);
  const keyOf = (property: string): string => records.find((r) => r.property === property && r.name)?.name ?? property;
  const out: Record<string, string> = {};
  const owner = new Map<string, string>();
  const entries = Object.entries(obj as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [property, value] of entries) {
    if (value === undefined) continue;
    const key = keyOf(property);
    const previous = owner.get(key);
    if (previous !== undefined) {
      throw new RelationDataTypeError(`${obj.constructor.name}: fields ${previous} and ${property} both write databag key \`${key}\`; give one a different @field({ name })`);
    }
    owner.set(key, property);
    out[key] = pythonJsonDumps(value, key);
  }
  return out;
}
