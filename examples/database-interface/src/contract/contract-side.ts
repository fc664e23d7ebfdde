import type { CharmBase, CharmClass } from '@jujuts/ops';
import type { CharmUnderTest } from './contract-options';
import { Context, createState, relation, type State, type StateInput } from '@jujuts/testing';

/** Databag contents as Juju holds them. */
export type Bag = Readonly<Record<string, string>>;

/** One side's charm in a Context, with helpers to run a relation event on one `database` relation. */
export class ContractSide {
  readonly ctx: Context;
  readonly endpoint: string;

  constructor(readonly side: CharmUnderTest) {
    this.ctx = new Context(side.charm as CharmClass<CharmBase<object>>, {
      meta: side.meta,
      charmDir: side.charmDir,
    });
    this.endpoint = side.endpoint ?? 'database';
  }

  /** This side's application name. */
  get appName(): string {
    return this.ctx.appName;
  }

  /** A State with one relation `id` to `remoteApp`, as leader or not. */
  state(input: {
    id: number;
    remoteApp: string;
    leader: boolean;
    remoteAppData?: Bag;
    localAppData?: Bag;
    secrets?: StateInput['secrets'];
  }): State {
    const rel = relation(this.endpoint, {
      id: input.id,
      remoteApp: input.remoteApp,
      remoteUnits: { [`${input.remoteApp}/0`]: {} },
      remoteAppData: { ...input.remoteAppData },
      localAppData: { ...input.localAppData },
    });
    return createState({
      leader: input.leader,
      config: { ...this.side.config },
      relations: [rel],
      secrets: input.secrets ?? [],
    });
  }

  /** The event names the last run emitted, as `Owner/path.event`. */
  emitted(): string[] {
    return this.ctx.emittedEvents.map((e) => e.name);
  }
}

/** Our app's bag of the only relation in `state`. */
export function localAppData(state: State): Bag {
  const rel = state.relations[0];
  if (!rel) throw new Error('contract: the State has no relation');
  return rel.localAppData;
}

/** The secret in `state` whose id names the same secret as `id` (`secret:x` and `secret://model/x` alike). */
export function findSecret(state: State, id: string): State['secrets'][number] | undefined {
  const xid = (s: string) => s.slice(s.lastIndexOf('/') + 1).replace(/^secret:/, '');
  return state.secrets.find((s) => xid(s.id) === xid(id));
}
