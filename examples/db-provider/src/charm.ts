import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import {
  ActiveStatus,
  CharmBase,
  action,
  charm,
  field,
  main,
  observe,
  on,
  option,
  stored,
  type ActionEvent,
  type CollectStatusEvent,
  type Relation,
  type RelationBrokenEvent,
} from '@jujuts/ops';
import { IsInt, IsString, Max, Min } from 'class-validator';
import { DatabaseProvider, type DatabaseRequestedEvent } from '@jujuts-examples/database-interface';

/** Typed config: `port`, `version`. */
export class ProviderConfig {
  @option({ description: 'The port clients connect to.' })
  @IsInt()
  @Min(1)
  @Max(65535)
  port = 5432;

  @option({ description: 'The server version reported to requirers.' })
  @IsString()
  version = '16.4';
}

/** Parameters of the `rotate-password` action (`relation-id` ↔ relationId). */
export class RotatePasswordParams {
  @field({ description: 'The id of the database relation whose password to rotate.' })
  @IsInt()
  @Min(0)
  relationId!: number;
}

/** A fresh password: 24 random bytes, URL-safe. */
function newPassword(): string {
  return randomBytes(24).toString('base64url');
}

/** Answers every `database` request with a user of its own, shared as a granted secret. */
@charm({ config: ProviderConfig })
export class ProviderCharm extends CharmBase<ProviderConfig> {
  readonly db = new DatabaseProvider(this, { endpoint: 'database' });
  @stored() state: { databases: Record<string, string> } = { databases: {} };

  @observe((c: ProviderCharm) => c.db.databaseRequested)
  onDatabaseRequested(e: DatabaseRequestedEvent): void {
    const relation = this.db.relation(e.data.relationId);
    // A real server would CREATE DATABASE / CREATE ROLE here.
    this.state.databases[String(relation.id)] = e.data.database;
    this.publish(relation, `relation_${relation.id}`, newPassword());
    this.logger.info(`created database ${e.data.database} for ${e.data.app}`);
  }

  @on.relationBroken('database')
  onRelationBroken(e: RelationBrokenEvent): void {
    delete this.state.databases[String(e.relation.id)];
  }

  @action('rotate-password', RotatePasswordParams, {
    description: 'Give the user of one relation a new password (requirers see secret-changed).',
  })
  onRotatePassword(e: ActionEvent<RotatePasswordParams>): void {
    if (!this.unit.isLeader())
      return e.fail('only the leader can rotate passwords: run the action on the leader unit');
    const relation = this.model.getRelation('database', e.params.relationId);
    if (!relation || !this.db.published(relation))
      return e.fail(`relation ${e.params.relationId}: no database was created on it`);
    this.publish(relation, `relation_${relation.id}`, newPassword());
    e.setResults({ rotated: `database:${relation.id}` });
  }

  @on.collectUnitStatus
  onCollectStatus(e: CollectStatusEvent): void {
    const count = this.model.getRelations('database').length;
    e.addStatus(new ActiveStatus(this.unit.isLeader() ? `serving ${count} database relation(s)` : 'standby'));
  }

  private publish(relation: Relation, username: string, password: string): void {
    const host = this.model.getBinding(relation).network.ingressAddress ?? this.unit.name;
    this.db.setCredentials(
      relation,
      { username, password },
      { endpoints: [`${host}:${this.config.port}`], version: this.config.version },
    );
  }
}

void main(ProviderCharm);
