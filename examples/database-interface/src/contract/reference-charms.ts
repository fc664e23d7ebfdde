import { CharmBase, observe } from '@jujuts/ops';
import { DatabaseProvider } from '../database-provider';
import { DatabaseRequirer } from '../database-requirer';
import type { DatabaseRequestedEvent } from '../provider-events';
import type { CharmUnderTest } from './contract-options';

/** The smallest provider: answers every request with a fixed user and endpoint. */
export class ReferenceProviderCharm extends CharmBase {
  readonly db = new DatabaseProvider(this);

  @observe((c: ReferenceProviderCharm) => c.db.databaseRequested)
  onRequested(e: DatabaseRequestedEvent): void {
    const relation = this.db.relation(e.data.relationId);
    this.db.setCredentials(
      relation,
      { username: `reference_${relation.id}`, password: 'reference-password' },
      { endpoints: ['192.0.2.10:5432'] },
    );
  }
}

/** The smallest requirer: asks for database `reference`. */
export class ReferenceRequirerCharm extends CharmBase {
  readonly db = new DatabaseRequirer(this, { database: 'reference' });
}

/** The reference provider as a contract side. */
export const referenceProvider: CharmUnderTest = {
  charm: ReferenceProviderCharm,
  meta: 'name: reference-provider\ntype: charm\nsummary: s\ndescription: d\nprovides:\n  database:\n    interface: database\n',
};

/** The reference requirer as a contract side. */
export const referenceRequirer: CharmUnderTest = {
  charm: ReferenceRequirerCharm,
  meta: 'name: reference-requirer\ntype: charm\nsummary: s\ndescription: d\nrequires:\n  database:\n    interface: database\n',
};
