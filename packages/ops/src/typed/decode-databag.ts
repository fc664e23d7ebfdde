import { RelationDataValidationError, type DatabagLocation, type DataViolation } from '../errors';
import { buildInstance } from './build-instance';
import { classProperties, type DataClass } from './class-properties';
import { parsePythonJson } from './python-json-parse';

/**
 * Decodes a relation databag into a validated instance of `cls`, the reverse
 * of {@link encodeDatabag} and of ops's `Relation.save`: each field's key
 * (property name, or `@field({ name })`) is JSON-parsed, the result built
 * with class-transformer (`@Type` for nested classes) and validated with
 * class-validator. Keys the class does not model are ignored, as ops does
 * (Juju writes `ingress-address` and friends, which are not JSON).
 *
 * @throws RelationDataValidationError naming the relation, bag, field and rule
 *   for a value that is not JSON, a missing required field, or a broken rule.
 */
export function decodeDatabag<T extends object>(
  cls: DataClass<T>,
  data: Readonly<Record<string, string>>,
  where: DatabagLocation,
): T {
  const properties = classProperties(cls, 'field', 'as-is');
  const plain: Record<string, unknown> = {};
  const notJson: DataViolation[] = [];
  for (const p of properties) {
    if (!Object.prototype.hasOwnProperty.call(data, p.wireName)) continue;
    const raw = data[p.wireName] as string;
    try {
      plain[p.property] = parsePythonJson(raw);
    } catch (err) {
      notJson.push({
        option: p.wireName,
        rule: `is not JSON (${(err as Error).message}); the writer must JSON-encode each value as ops Relation.save does`,
        value: raw,
      });
    }
  }
  const broken = new Set(notJson.map((v) => v.option));
  const { instance, violations } = buildInstance(cls, plain, properties.filter((p) => !broken.has(p.wireName)));
  const all = [...notJson, ...violations.filter((v) => !broken.has(v.option.split('.')[0] as string))];
  if (all.length > 0) throw new RelationDataValidationError(where, all);
  return instance;
}
