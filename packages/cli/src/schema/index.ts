export { rewriteSchemaSections, parseCharmcraftDocument } from './rewrite-schema-sections';
export { spliceSections } from './splice-sections';
export { syncNode, mapSync, keyOf, type KeyFilter, type NodeSync } from './sync-yaml-node';
export { opsSchemaApi, type OpsSchemaApi } from './ops-schema-api';
export { loadCharmClass, SCHEMA_ENV, type LoadedCharmClass, type LoadCharmClassOptions } from './load-charm-class';
export { resolveCharmEntry, type CharmEntryOptions } from './resolve-charm-entry';
