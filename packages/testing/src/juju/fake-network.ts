import type { NetworkInfo } from '@jujuts/ops/internal';
import { findRelation } from './fake-relations';
import { JujuError } from './juju-error';
import type { JujuState } from './juju-state';

/**
 * `network-get BINDING [-r ID]` over a state: the relation's own network
 * when the binding is the relation's endpoint and the relation has one,
 * else the binding's. An unknown relation id fails as `-r` does, even when
 * the binding alone would answer.
 */
export function networkOf(
  state: Pick<JujuState, 'relations' | 'networks'>,
  binding: string,
  relationId?: number,
): NetworkInfo {
  const relation = relationId === undefined ? undefined : findRelation(state, relationId);
  // A relation's network is its endpoint's; asked for another binding, Juju answers for that binding's space.
  const own = relation?.endpoint === binding ? relation.network : undefined;
  const info = own ?? state.networks[binding];
  if (!info) throw new JujuError(`no network config found for binding "${binding}"`);
  return structuredClone(info);
}
