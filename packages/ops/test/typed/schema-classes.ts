import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, Max, Min, ValidateNested } from 'class-validator';
import { field, option, type SchemaSpec } from '../../src/typed';
import { BackupParams } from './action-classes';

/** A config class: types from @option, validators and initializers; a secret. */
export class WebConfig {
  @option({ description: 'Log verbosity' }) @IsIn(['debug', 'info', 'warning']) logLevel = 'info';
  @option({ description: 'HTTP port' }) @IsInt() @Min(1) @Max(65535) port = 8080;
  @IsNumber() ratio = 0.5;
  @option({ description: 'Verbose errors' }) debug = false;
  @option({ type: 'secret', description: 'Admin password' }) adminPassword?: unknown;
}

/** A nested item of {@link RestoreParams}. */
export class RestoreItem {
  @IsString() path!: string;
}

/** Params shaped differently: arrays, nested objects, no descriptions. */
export class RestoreParams {
  @IsArray() @IsString({ each: true }) @IsIn(['db', 'media'], { each: true }) parts: string[] = ['db'];
  @ValidateNested() @Type(() => RestoreItem) from!: RestoreItem;
  @field({ name: 'force' }) @IsOptional() @IsBoolean() forceRestore?: boolean;
}

/** The spec of a charm with config, two params classes and a bare action. */
export function charmSpec(): SchemaSpec {
  return {
    config: WebConfig,
    actions: {
      backup: { params: BackupParams, description: 'Back up the database' },
      restore: { params: RestoreParams },
      pause: { description: 'Stop serving' },
    },
  };
}

/** charmcraft.yaml text in sync with {@link charmSpec}. */
export function inSyncYaml(): string {
  return `
name: web
config:
  options:
    log-level: { type: string, default: info, description: Log verbosity }
    port: { type: int, default: 8080, description: HTTP port }
    ratio: { type: float, default: 0.5 }
    debug: { type: boolean, default: false, description: Verbose errors }
    admin-password: { type: secret, description: Admin password }
actions:
  backup:
    description: Back up the database
    params:
      target-dir: { type: string, pattern: ^/, description: Directory to write to }
      compression: { type: string, enum: [none, gzip, zstd], description: Compression, default: gzip }
      retries: { type: integer, minimum: 1, maximum: 10, default: 3 }
      dry-run: { type: boolean }
      label: { type: string }
    required: [target-dir]
    additionalProperties: false
  restore:
    params:
      parts: { type: array, items: { type: string, enum: [db, media] }, default: [db] }
      from: { type: object }
      force: { type: boolean }
    required: [from]
    additionalProperties: false
  pause:
    description: Stop serving
`;
}
