import { option } from '@jujuts/ops';
import { IsIn, IsInt, IsString, Max, MaxLength, Min } from 'class-validator';

/** The log levels the web app understands. */
export const LOG_LEVELS = ['debug', 'info', 'warning', 'error'] as const;

/** Typed config: option `port` ↔ `port`, `log-level` ↔ `logLevel`, `greeting` ↔ `greeting`. */
export class WebConfig {
  @option({ description: 'TCP port the web app listens on (1-65535).' })
  @IsInt() @Min(1) @Max(65535)
  port = 8080;

  @option({ description: 'How much the web app logs; one of debug, info, warning, error.' })
  @IsIn(LOG_LEVELS)
  logLevel: (typeof LOG_LEVELS)[number] = 'info';

  @option({ description: 'The text the web app serves at /.' })
  @IsString() @MaxLength(200)
  greeting = 'Hello from Juju';
}
