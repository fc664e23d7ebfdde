import { field } from '@jujuts/ops';
import { IsNotEmpty, IsOptional, IsString, Matches } from 'class-validator';

/**
 * What the requirer's leader writes in its application bag: the database it
 * wants. Keys follow data_platform_libs (`database`, `extra-user-roles`);
 * values are JSON, one key per field, as ops `Relation.save` writes them.
 */
export class DatabaseRequestData {
  /** The database name the requirer asks for. */
  @IsString()
  @IsNotEmpty()
  @Matches(/^[A-Za-z_][A-Za-z0-9_-]*$/, {
    message: 'database must be a name of letters, digits, _ and -, not starting with a digit',
  })
  database!: string;

  /** Comma-separated roles the created user should also get (provider-specific, e.g. `CREATEDB`). */
  @field({ name: 'extra-user-roles' })
  @IsOptional()
  @IsString()
  extraUserRoles?: string;

  /** Builds a request; `extraUserRoles` is left out of the bag when undefined. */
  static of(database: string, extraUserRoles?: string): DatabaseRequestData {
    const data = new DatabaseRequestData();
    data.database = database;
    if (extraUserRoles !== undefined) data.extraUserRoles = extraUserRoles;
    return data;
  }
}
