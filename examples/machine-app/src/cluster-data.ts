import { field } from '@jujuts/ops';
import { IsIP, IsInt, IsUUID, Max, Min } from 'class-validator';

/**
 * The `cluster` peer relation's application databag: the leader writes it,
 * every unit reads it. Keys are kebab-case so a Python charm's
 * `Relation.load` with the same field names reads the same bag.
 */
export class ClusterAppData {
  /** Stays the same across leader changes: the new leader keeps what it finds. */
  @field({ name: 'cluster-id' })
  @IsUUID()
  clusterId!: string;

  @field({ name: 'leader-address' })
  @IsIP()
  leaderAddress!: string;

  @IsInt() @Min(1) @Max(65535)
  port!: number;
}
