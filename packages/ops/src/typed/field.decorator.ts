import { CharmDefinitionError } from '../errors';
import { appendOwnMetadata } from '../metadata/own-metadata';
import { METADATA_KEYS } from '../metadata/keys';

/** Settings of one databag field or action param, given with {@link field}. */
export interface FieldSettings {
  /**
   * The name on the wire. Defaults differ by use: a databag key is the
   * property name as is (ops `Relation.save` writes attribute names, so a
   * Python charm reading the same bag sees the same keys); an action param is
   * the property name in kebab-case (`backupDir` → `backup-dir`).
   */
  readonly name?: string;
  /** The description, written to the action's param schema by `renderSchema`. */
  readonly description?: string;
}

/** What {@link field} records for one property. */
export interface FieldRecord extends FieldSettings {
  readonly property: string;
}

/**
 * Names or describes one property of a databag or action params class.
 *
 * @example
 * class DbAppData {
 *   @field({ name: 'secret-id' }) @IsString() secretId!: string;   // databag key `secret-id`
 * }
 * class BackupParams {
 *   @field({ description: 'Where to write the backup' }) @IsString() targetDir!: string; // param `target-dir`
 * }
 */
export function field(settings: FieldSettings = {}): PropertyDecorator {
  return (target, propertyKey) => {
    const where = `@field on ${target.constructor.name}.${String(propertyKey)}`;
    if (typeof propertyKey !== 'string') {
      throw new CharmDefinitionError(`${where}: fields must have string names, not symbols`);
    }
    if (settings.name !== undefined && (settings.name === '' || settings.name.includes('.'))) {
      throw new CharmDefinitionError(`${where}: name ${JSON.stringify(settings.name)} must be non-empty and contain no '.'`);
    }
    appendOwnMetadata<FieldRecord>(METADATA_KEYS.field, target.constructor, { ...settings, property: propertyKey });
  };
}
