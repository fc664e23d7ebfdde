import type { CharmMeta } from './charm-meta';
import { deepFreeze } from './deep-freeze';
import { MetaNode } from './meta-node';
import { sourceWithoutLines } from './meta-source';

/** CharmMeta as JSON-safe plain data (absent optional fields are left out). */
export type CharmMetaJson = Record<string, unknown>;

/**
 * CharmMeta as plain JSON data, for the CLI to pre-render at build time so a
 * hook can load its metadata without the yaml library.
 */
export function charmMetaToJson(meta: CharmMeta): CharmMetaJson {
  return JSON.parse(JSON.stringify(meta)) as CharmMetaJson;
}

const MAPS = ['relations', 'containers', 'storages', 'resources', 'config', 'actions'] as const;

/**
 * Rebuilds a frozen CharmMeta from {@link charmMetaToJson}'s output. The
 * JSON was validated when it was rendered, so this only checks its shape,
 * enough to catch a stale or hand-edited file early.
 *
 * @throws CharmMetaError naming the key that does not fit.
 */
export function charmMetaFromJson(json: unknown, file = 'charm-meta.json'): CharmMeta {
  const root = new MetaNode(json, sourceWithoutLines(file));
  const hint = 're-render it with `jujuts build`';
  root.map(`a CharmMeta object; ${hint}`);
  root.child('name').string(`the charm name; ${hint}`);
  root.child('subordinate').boolean(false);
  root.child('assumes').items();
  root.child('extraBindings').items().forEach((b) => b.string('a binding name'));
  for (const key of MAPS) {
    for (const entry of root.child(key).entries()) {
      entry.map();
      if (entry.child('name').value !== entry.name) {
        throw entry.child('name').fail(`must repeat the entry's key ${JSON.stringify(entry.name)}; ${hint}`);
      }
    }
  }
  const data = json as Record<string, unknown>;
  const meta: CharmMeta = {
    ...(data as unknown as CharmMeta),
    subordinate: data['subordinate'] === true,
    assumes: (data['assumes'] as unknown[] | undefined) ?? [],
    extraBindings: (data['extraBindings'] as string[] | undefined) ?? [],
    ...Object.fromEntries(MAPS.map((k) => [k, data[k] ?? {}])),
  };
  return deepFreeze(structuredClone(meta));
}
