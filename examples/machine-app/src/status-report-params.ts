import { field } from '@jujuts/ops';
import { IsBoolean, IsOptional } from 'class-validator';

/** Parameters of the `status-report` action. */
export class StatusReportParams {
  @field({ description: 'Also list the other units of the cluster.' })
  @IsOptional() @IsBoolean()
  includePeers?: boolean;
}
