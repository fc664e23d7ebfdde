export { METADATA_KEYS, type MetadataKey } from './keys';
export { appendOwnMetadata, setOwnMetadata, readMetadataList, readMetadataValue } from './own-metadata';
export { ensureReflectMetadata } from './ensure-reflect';
export { describeOwner, readCharmOptions } from './describe-owner';
export { validateBindings } from './validate-bindings';
export type { CharmOptions } from './charm-options';
export { isCharmClass, schemaSpecOf, renderSchema, checkSchema, renderCharmSchema, checkCharmSchema, type CharmClassLike } from './schema-spec';
export { validateConfigClass } from './validate-config-class';
