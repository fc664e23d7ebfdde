import type { ModelBackend } from '../backend/model-backend';
import type { JujuContext } from '../context/juju-context';
import { ModelError } from '../errors';
import type { CharmMeta } from '../meta/charm-meta';
import { Application } from './application';
import { Unit } from './unit';

const UNIT_NAME = /^[a-z][a-z0-9-]*\/\d+$/;

/**
 * What every model object of one hook shares: the backend, metadata and
 * context, one Unit / Application object per name, and the leadership answer.
 * Internal: charms reach it only through {@link Model}.
 */
export class ModelCache {
  private readonly units = new Map<string, Unit>();
  private readonly apps = new Map<string, Application>();
  private leader = false;

  constructor(
    readonly backend: ModelBackend,
    readonly meta: CharmMeta,
    readonly context: JujuContext,
  ) {}

  /** The Unit for `name` (`app/N`), the same object every time. */
  unit(name: string): Unit {
    let unit = this.units.get(name);
    if (!unit) {
      if (!UNIT_NAME.test(name)) throw new ModelError(`invalid unit name '${name}': expected <application>/<number>, like web/0`);
      unit = new Unit(name, this);
      this.units.set(name, unit);
    }
    return unit;
  }

  /** The Application for `name`, the same object every time. */
  app(name: string): Application {
    let app = this.apps.get(name);
    if (!app) {
      if (!name || name.includes('/')) throw new ModelError(`invalid application name '${name}': use getUnit for a unit name`);
      app = new Application(name, this);
      this.apps.set(name, app);
    }
    return app;
  }

  /**
   * Whether this unit leads its application. A `true` is kept for the hook
   * (Juju guarantees the lease outlives it); a `false` is asked again, as ops
   * does, since leadership may arrive mid-hook.
   */
  isLeader(): boolean {
    if (!this.leader) this.leader = this.backend.isLeader();
    return this.leader;
  }

  /** Whether `endpoint` is declared under `peers`. */
  isPeer(endpoint: string): boolean {
    return this.meta.relations[endpoint]?.role === 'peers';
  }
}
