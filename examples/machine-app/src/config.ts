import { option } from '@jujuts/ops';
import { IsInt, Matches, Max, Min } from 'class-validator';

/** Typed config: option `port` ↔ `port`, `cluster-name` ↔ `clusterName`. */
export class MachineAppConfig {
  @option({ description: 'TCP port the service listens on; the charm opens it (1-65535).' })
  @IsInt() @Min(1) @Max(65535)
  port = 8080;

  @option({ description: 'Name the units of this application form a cluster under (lowercase letters, digits and dashes).' })
  @Matches(/^[a-z][a-z0-9-]{0,62}$/, { message: 'must be lowercase letters, digits and dashes, starting with a letter (at most 63)' })
  clusterName = 'machine-app';
}
