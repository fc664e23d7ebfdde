import { field } from '@jujuts/ops';
import { ArrayNotEmpty, IsArray, IsOptional, IsString, Matches } from 'class-validator';

/**
 * What the provider's leader writes in its application bag once the
 * database exists. The credentials are not here: `secret-user` holds the id
 * of a Juju secret (keys `username`, `password`) granted to the relation.
 */
export class DatabaseProvidedData {
  /** `host:port` addresses to connect to, primary first. */
  @IsArray()
  @ArrayNotEmpty()
  @IsString({ each: true })
  @Matches(/^\S+:\d+$/, { each: true, message: 'each endpoint must be host:port' })
  endpoints!: string[];

  /** The id (`secret:…`) of the credentials secret granted to this relation. */
  @field({ name: 'secret-user' })
  @IsString()
  @Matches(/^secret:/, { message: 'secret-user must be a secret id (secret:…)' })
  secretId!: string;

  /** The database that was created (echoes the request). */
  @IsOptional()
  @IsString()
  database?: string;

  /** The database server's version, for the requirer's information. */
  @IsOptional()
  @IsString()
  version?: string;
}
