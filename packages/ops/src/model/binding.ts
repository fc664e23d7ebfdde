import type { ModelBackend } from '../backend/model-backend';
import { RelationNotFoundError } from '../errors';
import { Network } from './network';

/** A network binding: an endpoint or extra binding, optionally for one relation. */
export class Binding {
  /** The binding (endpoint) name. */
  readonly name: string;
  private net: Network | undefined;

  constructor(
    name: string,
    private readonly relationId: number | undefined,
    private readonly backend: ModelBackend,
  ) {
    this.name = name;
  }

  /**
   * The binding's network (`network-get`, once per hook). For a relation
   * Juju no longer knows, the endpoint's own binding is used, as in ops.
   */
  get network(): Network {
    if (!this.net) {
      try {
        this.net = new Network(this.backend.networkGet(this.name, this.relationId));
      } catch (e) {
        if (!(e instanceof RelationNotFoundError) || this.relationId === undefined) throw e;
        this.net = new Network(this.backend.networkGet(this.name));
      }
    }
    return this.net;
  }
}
