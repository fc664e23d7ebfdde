import { CharmBase, observe } from '@jujuts/ops';
import {
  DatabaseProvider,
  DatabaseRequirer,
  type DatabaseEndpointsData,
  type DatabaseRequestedData,
  type DatabaseRequestedEvent,
} from '../../src';
import type { DatabaseChangedEvent, DatabaseCreatedEvent } from '../../src';
import { Context, createState, relation, type State, type StateInput } from '@jujuts/testing';

/** What the test charms' handlers saw, in order. */
export const seen: Array<{ event: string; data: DatabaseRequestedData | DatabaseEndpointsData }> = [];

/** A provider that records requests and answers none (tests call setCredentials themselves). */
export class RecordingProviderCharm extends CharmBase {
  readonly db = new DatabaseProvider(this);
  @observe((c: RecordingProviderCharm) => c.db.databaseRequested)
  onRequested(e: DatabaseRequestedEvent): void {
    seen.push({ event: 'databaseRequested', data: e.data });
  }
}

/** A requirer asking for `orders` with extra roles, recording what it is told. */
export class RecordingRequirerCharm extends CharmBase {
  readonly db = new DatabaseRequirer(this, { database: () => 'orders', extraUserRoles: 'CREATEDB' });
  @observe((c: RecordingRequirerCharm) => c.db.databaseCreated)
  onCreated(e: DatabaseCreatedEvent): void {
    seen.push({ event: 'databaseCreated', data: e.data });
  }
  @observe((c: RecordingRequirerCharm) => c.db.databaseChanged)
  onChanged(e: DatabaseChangedEvent): void {
    seen.push({ event: 'databaseChanged', data: e.data });
  }
}

const PROVIDER_META =
  'name: pg\ntype: charm\nsummary: s\ndescription: d\nprovides:\n  database:\n    interface: database\n';
const REQUIRER_META =
  'name: app\ntype: charm\nsummary: s\ndescription: d\nrequires:\n  database:\n    interface: database\n';

/** A Context for the recording provider (app `pg`). */
export const providerContext = () => new Context(RecordingProviderCharm, { meta: PROVIDER_META });
/** A Context for the recording requirer (app `app`). */
export const requirerContext = () => new Context(RecordingRequirerCharm, { meta: REQUIRER_META });

/** The secret id the provider fixtures use. */
export const SECRET_ID = 'secret:d1h0ma1st0reabcdefgh';

/** The provider's answer as it sits in its app bag. */
export function answerBag(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    endpoints: '["10.1.1.1:5432"]',
    'secret-user': JSON.stringify(SECRET_ID),
    database: '"orders"',
    ...overrides,
  };
}

/** A State with one `database` relation (id 3) and whatever else the test gives. */
export function stateWith(
  options: {
    leader?: boolean;
    remoteApp?: string;
    remoteAppData?: Record<string, string>;
    localAppData?: Record<string, string>;
  } & Pick<StateInput, 'secrets' | 'storedState'>,
): State {
  const { leader = true, remoteApp = 'remote', remoteAppData = {}, localAppData = {}, ...rest } = options;
  return createState({
    leader,
    relations: [relation('database', { id: 3, remoteApp, remoteAppData, localAppData })],
    ...rest,
  });
}

/** The only relation's bag of our application. */
export function ourAppBag(state: State): Readonly<Record<string, string>> {
  return state.relations[0]?.localAppData ?? {};
}
