import { Type } from 'class-transformer';
import { IsArray, IsInt, IsOptional, IsString, Max, Min, ValidateNested } from 'class-validator';
import { field } from '../../src/typed';

/** A nested endpoint inside a databag field. */
export class Endpoint {
  @IsString() host!: string;
  @IsInt() @Min(1) @Max(65535) port!: number;
}

/** A databag class with scalars, a renamed key, nested objects and an optional field. */
export class DbAppData {
  @IsString() database!: string;
  @field({ name: 'secret-id' }) @IsString() secretId!: string;
  @ValidateNested() @Type(() => Endpoint) primary!: Endpoint;
  @IsArray() @ValidateNested({ each: true }) @Type(() => Endpoint) replicas: Endpoint[] = [];
  @IsOptional() @IsString() tlsCa?: string;
}

/** Builds a valid DbAppData. */
export function dbAppData(overrides: Partial<DbAppData> = {}): DbAppData {
  return Object.assign(new DbAppData(), {
    database: 'shop',
    secretId: 'secret:cs1rf4lmp25c7a2ntnkg',
    primary: Object.assign(new Endpoint(), { host: '10.0.0.1', port: 5432 }),
    replicas: [Object.assign(new Endpoint(), { host: '10.0.0.2', port: 5432 })],
    ...overrides,
  });
}
