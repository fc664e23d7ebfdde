import type { RelationRef } from '../backend/backend-types';
import { ModelError, RelationDataAccessError, RelationNotFoundError } from '../errors';
import { decodeDatabag, encodeDatabag } from '../typed';
import { Application } from './application';
import type { BagAccess, BagOwner } from './databag-access';
import type { ModelCache } from './model-cache';
import { RelationDataContent } from './relation-data-content';
import type { Unit } from './unit';

/** The model at the other end of a relation (cross-model relations). */
export interface RemoteModel {
  readonly uuid: string;
}

/**
 * One relation between our application and another (or, for a peer
 * relation, among our own units). Everything is read lazily and kept for
 * the hook; nothing runs until asked.
 */
export class Relation {
  /** The endpoint name, for example `db`. */
  readonly name: string;
  /** Juju's relation id. */
  readonly id: number;
  private unitSet: ReadonlySet<Unit> | undefined;
  private listed = true;
  private remoteApp: Application | undefined;
  private remote: RemoteModel | undefined;
  private readonly bags = new Map<string, RelationDataContent>();

  constructor(
    name: string,
    id: number,
    private readonly cache: ModelCache,
    private readonly live = true,
  ) {
    this.name = name;
    this.id = id;
  }

  /** The relation as hook commands name it. */
  get ref(): RelationRef {
    return { endpoint: this.name, id: this.id };
  }

  /** The remote units now in the relation (`relation-list`); empty once the relation is gone. */
  get units(): ReadonlySet<Unit> {
    return this.listUnits();
  }

  /** False for the relation being broken in this hook, or one Juju no longer knows. */
  get active(): boolean {
    if (!this.live) return false;
    this.listUnits();
    return this.listed;
  }

  /**
   * The remote application (our own for a peer relation). Taken from the
   * hook's context when this is the event's relation, else `relation-list
   * --app`, else the units' application.
   */
  get app(): Application {
    const name = this.remoteAppName();
    if (name === undefined) {
      throw new ModelError(`relation ${String(this)}: Juju has not reported the remote application yet and no remote unit has joined`);
    }
    return this.cache.app(name);
  }

  /** The uuid of the model the remote application lives in (`relation-model-get`). */
  get remoteModel(): RemoteModel {
    this.remote ??= { uuid: this.cache.backend.relationModelUuid(this.ref) };
    return this.remote;
  }

  /**
   * The databag of `entity` in this relation: our unit, our application, a
   * remote unit (including one departing in this hook) or the remote
   * application. Juju's access rules are enforced on read and write.
   */
  data(entity: Unit | Application): RelationDataContent {
    const isApp = entity instanceof Application;
    const key = `${isApp ? 'app' : 'unit'}:${entity.name}`;
    let bag = this.bags.get(key);
    if (!bag) {
      bag = new RelationDataContent({
        backend: this.cache.backend,
        ref: this.ref,
        member: entity.name,
        isApp,
        labels: { relation: String(this), bag: bagLabel(entity.name, isApp) },
        access: () => this.bagAccess(entity, isApp),
      });
      this.bags.set(key, bag);
    }
    return bag;
  }

  /** Reads `entity`'s bag into a validated instance of `cls` (JSON value per field, as ops `Relation.load`). */
  load<T extends object>(cls: new () => T, entity: Unit | Application): T {
    const bag = this.data(entity);
    return decodeDatabag(cls, bag.toObject(), { relation: String(this), bag: bagLabel(entity.name, entity instanceof Application) });
  }

  /** Writes `obj`'s fields into `entity`'s bag with one `relation-set` (as ops `Relation.save`). */
  save(obj: object, entity: Unit | Application): void {
    this.data(entity).update(encodeDatabag(obj));
  }

  /** `db:3`. */
  toString(): string {
    return `${this.name}:${this.id}`;
  }

  private listUnits(): ReadonlySet<Unit> {
    if (!this.unitSet) {
      let names: string[] = [];
      try {
        names = this.cache.backend.relationList(this.ref);
      } catch (e) {
        if (!(e instanceof RelationNotFoundError)) throw e;
        this.listed = false;
      }
      this.unitSet = new Set(names.map((n) => this.cache.unit(n)));
    }
    return this.unitSet;
  }

  private remoteAppName(): string | undefined {
    if (this.remoteApp) return this.remoteApp.name;
    const { context, backend } = this.cache;
    let name: string | undefined;
    if (this.cache.isPeer(this.name)) name = context.appName;
    else if (context.relationId === this.id && context.remoteApp) name = context.remoteApp;
    else {
      try {
        name = backend.relationRemoteApp(this.ref) ?? undefined;
      } catch (e) {
        if (!(e instanceof RelationNotFoundError)) throw e;
      }
      name ??= [...this.units][0]?.app.name;
    }
    if (name !== undefined) this.remoteApp = this.cache.app(name);
    return name;
  }

  private bagAccess(entity: Unit | Application, isApp: boolean): BagAccess {
    const { context } = this.cache;
    const ourName = isApp ? context.appName : context.unitName;
    const owner: BagOwner =
      entity.name === ourName ? (isApp ? 'our-app' : 'our-unit') : isApp ? 'remote-app' : 'remote-unit';
    const bag = bagLabel(entity.name, isApp);
    if (owner === 'remote-app' || owner === 'remote-unit') {
      const remoteApp = this.remoteAppName();
      const entityApp = isApp ? entity.name : entity.name.slice(0, entity.name.indexOf('/'));
      if (remoteApp !== undefined && entityApp !== remoteApp) {
        throw new RelationDataAccessError(
          `relation ${String(this)}: there is no ${bag} bag: ${entityApp} is not in this relation (the remote application is ${remoteApp})`,
        );
      }
    }
    return {
      relation: String(this),
      bag,
      owner,
      isPeer: this.cache.isPeer(this.name),
      ourUnit: context.unitName,
      isLeader: () => this.cache.isLeader(),
    };
  }
}

function bagLabel(name: string, isApp: boolean): string {
  return isApp ? `${name} app` : name;
}
