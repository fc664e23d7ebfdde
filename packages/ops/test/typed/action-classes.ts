import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { field } from '../../src/typed';

/** Params of a `backup` action: kebab-case names, a default, an optional param and a renamed one. */
export class BackupParams {
  @field({ description: 'Directory to write to' }) @IsString() @Matches(/^\//) targetDir!: string;
  @field({ description: 'Compression' }) @IsIn(['none', 'gzip', 'zstd']) compression = 'gzip';
  @IsInt() @Min(1) @Max(10) retries = 3;
  @IsOptional() @IsBoolean() dryRun?: boolean;
  @field({ name: 'label' }) @IsOptional() @IsString() backupLabel?: string;
}
