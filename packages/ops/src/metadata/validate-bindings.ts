import { CharmDefinitionError } from '../errors';
import { eventKindByName } from '../framework/event-table';
import type { Binding } from '../framework/binding';
import type { CharmMeta } from '../meta/charm-meta';

const declared: Record<string, { what: string; names: (m: CharmMeta) => readonly string[] }> = {
  relation: { what: 'relation', names: (m) => Object.keys(m.relations) },
  container: { what: 'container', names: (m) => Object.keys(m.containers) },
  storage: { what: 'storage', names: (m) => Object.keys(m.storages) },
  action: { what: 'action', names: (m) => Object.keys(m.actions) },
};

/**
 * Checks every handler against the charm's metadata: a handler for an
 * endpoint, container, storage or action that charmcraft.yaml does not
 * declare is an error naming `Class.method`, the decorator and the name.
 * Runs at start-up in production and in every test.
 */
export function validateBindings(bindings: readonly Binding[], meta: CharmMeta): void {
  const problems: string[] = [];
  for (const b of bindings) {
    const kind = eventKindByName(b.record.event);
    const rule = kind && declared[kind.scope];
    if (!rule) continue;
    const names = rule.names(meta);
    if (b.scope === undefined || b.scope === '') {
      problems.push(`${b.record.decorator} on ${b.where}: no ${rule.what} name given`);
    } else if (!names.includes(b.scope)) {
      const list = names.length > 0 ? names.join(', ') : 'none';
      problems.push(`${b.record.decorator} on ${b.where}: charmcraft.yaml declares no ${rule.what} \`${b.scope}\` (declared: ${list})`);
    }
  }
  if (problems.length > 0) throw new CharmDefinitionError(problems.join('\n'));
}
