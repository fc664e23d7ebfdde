import type { CharmBase } from '@jujuts/ops/internal';
import { HarnessError } from './harness-error';
import type { HarnessRuntime } from './harness-runtime';
import { networkInfo, type AddNetworkOptions } from './network-info';
import type { RelationDriver } from './relation-driver';

/**
 * What `network-get` reports, set as Juju would: for every binding, for
 * one endpoint or extra binding, or for one relation that has a network of
 * its own. No event follows: Juju emits none when addresses change.
 */
export class NetworkDriver<C extends CharmBase<object>> {
  constructor(
    private readonly runtime: HarnessRuntime<C>,
    private readonly relations: RelationDriver<C>,
  ) {}

  /** Sets the network of `options.relationId`'s relation, else of `options.endpoint`, else of every binding. */
  add(address: string, options: AddNetworkOptions): void {
    const call = `addNetwork('${address}')`;
    const info = networkInfo(address, options, call);
    if (options.relationId !== undefined) {
      const id = options.relationId;
      const relation = this.relations.find(id, call);
      if (options.endpoint !== undefined && options.endpoint !== relation.endpoint) {
        throw new HarnessError(
          `${call}: relation ${id} is on endpoint ${relation.endpoint}, not ${options.endpoint}; give { endpoint: '${relation.endpoint}', relationId: ${id} } or leave the endpoint out`,
        );
      }
      this.runtime.change((s) => {
        // Replaced whole, never edited in place: hooks' copies of the relation share the old object.
        for (const r of s.relations) if (r.id === id) r.network = structuredClone(info);
      });
      return;
    }
    const { relations, extraBindings } = this.runtime.meta;
    const declared = [...Object.keys(relations), ...extraBindings];
    if (options.endpoint !== undefined && !declared.includes(options.endpoint)) {
      throw new HarnessError(`${call}: ${options.endpoint} is not an endpoint or extra binding (declared: ${declared.join(', ') || 'none'})`);
    }
    this.runtime.change((s) => {
      for (const binding of options.endpoint === undefined ? declared : [options.endpoint]) s.networks[binding] = structuredClone(info);
    });
  }
}
