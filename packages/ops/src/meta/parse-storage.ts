import type { StorageMeta } from './charm-meta';
import { checkName } from './juju-names';
import { describeValue, type MetaNode } from './meta-node';

const RANGE = /^(\d+)(?:(\+)|-(\d+))?$/;
const SIZE = /^\d+(?:\.\d+)?[MGTPE]?(?:i?B)?$/;

/** Reads the `storage` section. */
export function parseStorages(root: MetaNode): Record<string, StorageMeta> {
  const storages: Record<string, StorageMeta> = {};
  for (const entry of root.child('storage').entries('a map of storage name to storage')) {
    const name = checkName(entry, 'storage name');
    entry.map('a map with at least `type`');
    storages[name] = {
      name,
      type: entry.child('type').oneOf(['filesystem', 'block']),
      description: entry.child('description').optionalString(),
      location: entry.child('location').optionalString('a path, for example `/srv/data`'),
      shared: entry.child('shared').boolean(false),
      readOnly: entry.child('read-only').boolean(false),
      multiple: parseMultiple(entry.child('multiple')),
      minimumSize: parseSize(entry.child('minimum-size')),
      properties: entry.child('properties').items().map((p) => p.oneOf(['transient'])),
    };
  }
  return storages;
}

/** `multiple.range`: `3` (exactly), `2+` (at least), `1-10` (between). */
function parseMultiple(multiple: MetaNode): StorageMeta['multiple'] {
  if (multiple.missing) return undefined;
  multiple.map('a map with `range`');
  const node = multiple.child('range');
  const m = typeof node.value === 'number' || typeof node.value === 'string' ? RANGE.exec(String(node.value)) : null;
  if (m) {
    const min = Number(m[1]);
    const max = m[2] ? undefined : Number(m[3] ?? m[1]);
    if (max === undefined || (max >= min && max > 0)) return { min, max };
  }
  throw node.fail(`is ${describeValue(node.value)}: must be a count like \`3\`, a range like \`1-10\` or a minimum like \`2+\``);
}

/** `minimum-size`: a number of MiB, or a number with a unit (`1G`). */
function parseSize(node: MetaNode): string | undefined {
  if (node.missing) return undefined;
  const text = String(node.value);
  if (typeof node.value === 'object' || !SIZE.test(text)) {
    throw node.fail(`is ${describeValue(node.value)}: must be a size like \`512M\` or \`10G\``);
  }
  return text;
}
