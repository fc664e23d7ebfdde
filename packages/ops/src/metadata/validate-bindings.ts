import { CharmDefinitionError } from '../errors';
import { eventKindByName } from '../framework/event-table';
import type { Binding } from '../framework/binding';
import type { CharmMeta } from '../meta/charm-meta';

// Each rule hands back the metadata's own record: looking a name up in it
// allocates nothing (this runs on every hook), and the list of names is
// only built for an error message.
const declared: Record<string, { what: string; table: (m: CharmMeta) => Readonly<Record<string, unknown>> }> = {
  relation: { what: 'relation', table: (m) => m.relations },
  container: { what: 'container', table: (m) => m.containers },
  storage: { what: 'storage', table: (m) => m.storages },
  action: { what: 'action', table: (m) => m.actions },
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
    const table = rule.table(meta);
    if (b.scope === undefined || b.scope === '') {
      problems.push(`${b.record.decorator} on ${b.where}: no ${rule.what} name given`);
    } else if (!Object.prototype.hasOwnProperty.call(table, b.scope)) {
      const names = Object.keys(table);
      const list = names.length > 0 ? names.join(', ') : 'none';
      problems.push(`${b.record.decorator} on ${b.where}: charmcraft.yaml declares no ${rule.what} \`${b.scope}\` (declared: ${list})`);
    }
  }
  if (problems.length > 0) throw new CharmDefinitionError(problems.join('\n'));
}
