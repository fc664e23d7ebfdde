import type { CharmBase } from '@jujuts/ops/internal';
import { defaultUnitBag } from '../juju';
import type { Databag, JujuState, RelationState } from '../juju';
import { HarnessError } from './harness-error';
import type { HarnessRuntime } from './harness-runtime';

/** Databags a test may seed when adding a relation. */
export interface AddRelationOptions {
  /** The remote application's bag (relation-changed follows relation-created). */
  readonly appData?: Readonly<Record<string, string>> | undefined;
  /** Adds `<remoteApp>/0` (for peers, the first unit that is not this one) with this bag; joined and changed follow. */
  readonly unitData?: Readonly<Record<string, string>> | undefined;
}

/**
 * Relations as Juju changes them, each change followed by the events Juju
 * would emit: created, joined then changed, changed, departed, broken.
 */
export class RelationDriver<C extends CharmBase<object>> {
  private nextId = 0;

  constructor(private readonly runtime: HarnessRuntime<C>) {}

  /** Adds a relation (relation-created), then seeds the remote app bag and first unit if asked. */
  async add(endpoint: string, remoteApp: string, options: AddRelationOptions = {}): Promise<number> {
    const declared = this.runtime.meta.relations[endpoint];
    if (!declared) {
      const names = Object.keys(this.runtime.meta.relations).join(', ') || 'none';
      throw new HarnessError(`addRelation('${endpoint}', '${remoteApp}'): charmcraft.yaml declares no relation \`${endpoint}\` (declared: ${names})`);
    }
    const state = this.runtime.state();
    const ourApp = this.runtime.juju.appName;
    const peer = declared.role === 'peers';
    if (peer && remoteApp !== ourApp) {
      throw new HarnessError(`addRelation('${endpoint}', '${remoteApp}'): \`${endpoint}\` is a peer relation, so its remote application is this one: addRelation('${endpoint}', '${ourApp}')`);
    }
    const id = Math.max(this.nextId, ...state.relations.map((r) => r.id + 1));
    this.nextId = id + 1;
    const relation: RelationState = {
      id,
      endpoint,
      interface: declared.interface,
      remoteApp,
      remoteUnits: {},
      localUnitData: defaultUnitBag(),
      localAppData: {},
      remoteAppData: {},
      peer,
      subordinate: declared.scope === 'container',
      remoteModelUuid: state.model.uuid,
    };
    this.runtime.change((s) => s.relations.push(relation));
    await this.runtime.emit({ path: `hooks/${endpoint}-relation-created`, relationId: id, remoteApp });
    if (options.appData) await this.update(id, remoteApp, options.appData);
    // For peers the first other unit: <app>/0 may be this unit.
    const firstUnit = [0, 1].map((n) => `${remoteApp}/${n}`).find((u) => u !== this.runtime.juju.unitName) ?? `${remoteApp}/0`;
    if (options.unitData) await this.addUnit(id, firstUnit, options.unitData);
    return id;
  }

  /** A remote unit joins with `data` in its bag (relation-joined, then relation-changed). */
  async addUnit(id: number, unit: string, data: Readonly<Record<string, string>> = {}): Promise<void> {
    const relation = this.find(id, `addRelationUnit(${id}, '${unit}')`);
    const app = unit.split('/')[0];
    if (!/^[a-z][a-z0-9-]*\/\d+$/.test(unit) || app !== relation.remoteApp) {
      throw new HarnessError(`addRelationUnit(${id}, '${unit}'): units joining ${label(relation)} are named ${relation.remoteApp}/<number>`);
    }
    if (unit === this.runtime.juju.unitName) throw new HarnessError(`addRelationUnit(${id}, '${unit}'): ${unit} is this unit; peers are the other units of ${app}`);
    if (unit in relation.remoteUnits) throw new HarnessError(`addRelationUnit(${id}, '${unit}'): ${unit} has already joined ${label(relation)}`);
    const bag = checkedBag(data, `addRelationUnit(${id}, '${unit}')`);
    this.runtime.change((s) => (mustFind(s, id).remoteUnits[unit] = bag));
    // Literals, not a spread of shared fields: V8's spread path cost ~1 µs an event here.
    await this.runtime.emit({ path: `hooks/${relation.endpoint}-relation-joined`, relationId: id, remoteApp: relation.remoteApp, remoteUnit: unit });
    await this.runtime.emit({ path: `hooks/${relation.endpoint}-relation-changed`, relationId: id, remoteApp: relation.remoteApp, remoteUnit: unit });
  }

  /** Changes one bag; relation-changed follows when the bag is not this unit's or app's. */
  async update(id: number, member: string, data: Readonly<Record<string, string>>): Promise<void> {
    const call = `updateRelationData(${id}, '${member}')`;
    const relation = this.find(id, call);
    const changes = checkedBag(data, call);
    // On a peer relation the app bag is shared: when the leader (another unit,
    // as far as a non-leader is concerned) writes it, Juju tells the others.
    const sharedPeerBag = relation.peer && !this.runtime.juju.view().leader;
    const ours = member === this.runtime.juju.unitName || (member === this.runtime.juju.appName && !sharedPeerBag);
    const pick = this.bagOf(relation, member, call);
    this.runtime.change((s) => {
      const bag = pick(mustFind(s, id));
      for (const [key, value] of Object.entries(changes)) {
        if (value === '') delete bag[key];
        else bag[key] = value;
      }
    });
    // Juju tells a unit only about other units' and apps' changes, never its own writes.
    if (ours) return;
    const remoteUnit = member.includes('/') ? member : undefined;
    await this.runtime.emit({ path: `hooks/${relation.endpoint}-relation-changed`, relationId: id, remoteApp: relation.remoteApp, remoteUnit });
  }

  /** A remote unit departs (relation-departed, its bag still readable), then is gone. */
  async removeUnit(id: number, unit: string): Promise<void> {
    const relation = this.find(id, `removeRelationUnit(${id}, '${unit}')`);
    if (!(unit in relation.remoteUnits)) {
      const units = Object.keys(relation.remoteUnits).join(', ') || 'none';
      throw new HarnessError(`removeRelationUnit(${id}, '${unit}'): ${unit} is not in ${label(relation)} (units: ${units})`);
    }
    try {
      const event = { relationId: id, remoteApp: relation.remoteApp, remoteUnit: unit, departingUnit: unit };
      await this.runtime.emit({ path: `hooks/${relation.endpoint}-relation-departed`, ...event });
    } finally {
      // The unit has gone whether or not the charm coped with it.
      this.runtime.change((s) => delete mustFind(s, id).remoteUnits[unit]);
    }
  }

  /** Every remote unit departs, then relation-broken; the relation is gone afterwards. */
  async remove(id: number): Promise<void> {
    const relation = this.find(id, `removeRelation(${id})`);
    for (const unit of Object.keys(relation.remoteUnits)) await this.removeUnit(id, unit);
    try {
      await this.runtime.emit({ path: `hooks/${relation.endpoint}-relation-broken`, relationId: id, remoteApp: relation.remoteApp });
    } finally {
      this.runtime.change((s) => (s.relations = s.relations.filter((r) => r.id !== id)));
    }
  }

  /** A copy of one bag: our unit's or app's, the remote app's or a remote unit's. */
  data(id: number, member: string): Databag {
    const call = `getRelationData(${id}, '${member}')`;
    const relation = this.find(id, call);
    return { ...this.bagOf(relation, member, call)(relation) };
  }

  /** The relation with `id`, or a HarnessError naming the call and the relations there are. */
  find(id: number, call: string): RelationState {
    const found = this.runtime.state().relations.find((r) => r.id === id);
    if (found) return found;
    const existing = this.runtime.juju.state.relations.map(label).join(', ') || 'none';
    throw new HarnessError(`${call}: there is no relation ${id} (relations: ${existing}); add one with addRelation(endpoint, remoteApp)`);
  }

  private bagOf(relation: RelationState, member: string, call: string): (r: RelationState) => Databag {
    const { unitName, appName } = this.runtime.juju;
    if (member === unitName) return (r) => r.localUnitData;
    if (member === appName) return (r) => r.localAppData;
    if (!relation.peer && member === relation.remoteApp) return (r) => r.remoteAppData;
    if (member in relation.remoteUnits) return (r) => r.remoteUnits[member] ?? {};
    const known = [unitName, appName, ...(relation.peer ? [] : [relation.remoteApp]), ...Object.keys(relation.remoteUnits)].join(', ');
    throw new HarnessError(`${call}: ${member} has no bag in ${label(relation)} (bags: ${known}); a remote unit needs addRelationUnit first`);
  }
}

function label(relation: RelationState): string {
  return `${relation.endpoint}:${relation.id}`;
}

function mustFind(state: JujuState, id: number): RelationState {
  const found = state.relations.find((r) => r.id === id);
  if (!found) throw new HarnessError(`relation ${id} disappeared while the harness was changing it`);
  return found;
}

function checkedBag(data: Readonly<Record<string, unknown>>, call: string): Record<string, string> {
  for (const [key, value] of Object.entries(data)) {
    if (typeof value !== 'string') {
      throw new HarnessError(`${call}: relation data values are strings, but ${key} is ${typeof value}; encode it (JSON.stringify) or use relation.save in the charm`);
    }
  }
  return { ...(data as Record<string, string>) };
}
