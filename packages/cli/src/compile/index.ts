export { type BuildPaths, buildPaths } from './build-paths';
export { resolveTsc, writeTsconfigOverlay, runTsc } from './run-tsc';
export { findEmittedEntry } from './find-emitted-entry';
export { type BundleOptions, bundleCharm } from './bundle-charm';
export { dispatchScript, REQUIRED_NODE_MAJOR } from './dispatch-script';
export { nodeVersionGuard } from './node-version-guard';
export { type MetaJsonRenderer, writeMetaJson } from './write-meta-json';
