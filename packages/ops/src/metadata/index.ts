export { METADATA_KEYS, type MetadataKey } from './keys';
export { appendOwnMetadata, setOwnMetadata, readMetadataList, readMetadataValue } from './own-metadata';
export { ensureReflectMetadata } from './ensure-reflect';
export { describeOwner, readCharmOptions } from './describe-owner';
export { validateBindings } from './validate-bindings';
export type { CharmOptions } from './charm-options';
