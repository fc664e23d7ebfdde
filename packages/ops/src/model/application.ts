import { ModelError } from '../errors';
import { addSecret, type AddSecretOptions } from './add-secret';
import type { ModelCache } from './model-cache';
import type { Secret } from './secret';
import { assertSettableStatus, StatusBase, UnknownStatus } from './status';

/** An application in the model: ours, or one at the other end of a relation. */
export class Application {
  /** The application name, for example `web`. */
  readonly name: string;
  private cachedStatus: StatusBase | undefined;

  constructor(
    name: string,
    private readonly cache: ModelCache,
  ) {
    this.name = name;
  }

  /** Whether this is the application the charm belongs to. */
  get isOurs(): boolean {
    return this.name === this.cache.context.appName;
  }

  /**
   * Our application's status; only the leader may read it (a ModelError
   * otherwise). A remote application's status reads as unknown.
   */
  get status(): StatusBase {
    if (!this.isOurs) return new UnknownStatus();
    this.requireLeader('read');
    if (!this.cachedStatus) {
      const s = this.cache.backend.appStatusGet();
      this.cachedStatus = StatusBase.fromName(s.status, s.message);
    }
    return this.cachedStatus;
  }

  /** Sets our application's status (leader only) with one `status-set --application`. */
  set status(value: StatusBase) {
    assertSettableStatus(value, `application ${this.name}`);
    if (!this.isOurs) throw new ModelError(`cannot set the status of remote application ${this.name}`);
    this.requireLeader('set');
    this.cache.backend.statusSet(value.name, value.message, true);
    this.cachedStatus = value;
  }

  /** How many units Juju plans for our application (goal state, not counting dying units). */
  plannedUnits(): number {
    if (!this.isOurs) throw new ModelError(`cannot get the planned units of remote application ${this.name}`);
    const units = this.cache.backend.goalState().units;
    return Object.values(units).filter((u) => u.status !== 'dying').length;
  }

  /** Creates a secret owned by our application. */
  addSecret(content: Readonly<Record<string, string>>, options: AddSecretOptions = {}): Secret {
    if (!this.isOurs) throw new ModelError(`cannot add a secret for remote application ${this.name}`);
    return addSecret(this.cache, content, options, 'application');
  }

  /** The application name. */
  toString(): string {
    return this.name;
  }

  private requireLeader(verb: 'read' | 'set'): void {
    if (!this.cache.isLeader()) {
      throw new ModelError(
        `cannot ${verb} the status of application ${this.name}: only the leader may, and ${this.cache.context.unitName} is not the leader`,
      );
    }
  }
}
