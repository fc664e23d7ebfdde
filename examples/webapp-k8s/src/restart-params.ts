import { field } from '@jujuts/ops';
import { IsOptional, IsString, MaxLength } from 'class-validator';

/** Parameters of the `restart` action. */
export class RestartParams {
  @field({ description: 'Why; written to the debug log and echoed in the results.' })
  @IsOptional() @IsString() @MaxLength(200)
  reason?: string;
}
