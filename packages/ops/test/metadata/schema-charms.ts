import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { action, charm, CharmBase, Component, on, type ActionEvent, type ComponentParent } from '../../src';
import { field, option } from '../../src/typed';

/** The config of {@link ConfigOnlyCharm} and {@link FullCharm}. */
export class WebConfig {
  @option({ description: 'Log verbosity' }) @IsIn(['debug', 'info']) logLevel = 'info';
  @option({ description: 'HTTP port' }) @IsInt() @Min(1) @Max(65535) port = 8080;
  @IsBoolean() debug = false;
}

/** A charm with a config class and no actions. */
@charm({ config: WebConfig })
export class ConfigOnlyCharm extends CharmBase<WebConfig> {
  @on.configChanged onConfig() {}
}

/** A nested object param of {@link RestoreParams}. */
export class RestoreSource {
  @IsString() host!: string;
}

/** Params with a required, a defaulted, an optional and a nested param. */
export class RestoreParams {
  @field({ description: 'Backup to restore' }) @IsString() backupId!: string;
  @IsInt() @Min(1) retries = 3;
  @IsOptional() @IsBoolean() dryRun?: boolean;
  @ValidateNested() @Type(() => RestoreSource) source!: RestoreSource;
}

/** A charm with actions only: one with params, one without. */
export class ActionsOnlyCharm extends CharmBase {
  @action('restore', RestoreParams, { description: 'Restore a backup' })
  onRestore(_e: ActionEvent<RestoreParams>) {}

  @action('pause')
  onPause() {}
}

/** A component handling its own action, which a class-level reading cannot see. */
export class MetricsComponent extends Component {
  constructor(parent: ComponentParent) {
    super(parent, 'metrics');
  }

  @action('export-metrics', undefined, { description: 'Dump metrics' })
  onExport() {}
}

/** Base charm with an action, to check inheritance. */
export class BaseCharm extends CharmBase<WebConfig> {
  @action('pause', undefined, { description: 'Stop serving' })
  onPause() {}
}

/** A charm with config, an inherited action, its own action and a component. */
@charm({ config: WebConfig })
export class FullCharm extends BaseCharm {
  readonly metrics = new MetricsComponent(this);

  @action('restore', RestoreParams, { description: 'Restore a backup' })
  onRestore(_e: ActionEvent<RestoreParams>) {}
}

/** charmcraft.yaml text in sync with {@link FullCharm}. */
export function fullCharmYaml(): string {
  return `name: web
config:
  options:
    log-level: { type: string, default: info, description: Log verbosity }
    port: { type: int, default: 8080, description: HTTP port }
    debug: { type: boolean, default: false }
actions:
  pause:
    description: Stop serving
  restore:
    description: Restore a backup
    params:
      backup-id: { type: string, description: Backup to restore }
      retries: { type: integer, minimum: 1, default: 3 }
      dry-run: { type: boolean }
      source: { type: object }
    required: [backup-id, source]
    additionalProperties: false
`;
}

/** Applies textual edits to `text`, failing loudly when one does not apply. */
export function edited(text: string, ...edits: [string, string][]): string {
  return edits.reduce((t, [from, to]) => {
    if (!t.includes(from)) throw new Error(`fixture edit does not apply: ${from}`);
    return t.replace(from, to);
  }, text);
}
