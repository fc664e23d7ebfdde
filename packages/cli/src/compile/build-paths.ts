import { join } from 'node:path';

/** The stamp file's name beside the blob (dispatch reads it by this name). */
export const BLOB_STAMP = 'charm.blob.node';

/** The code-cache loader's name in the charm (dispatch preloads it by this name when present). */
export const CODE_CACHE_LOADER = 'code-cache.js';

/** The V8 code cache of charm.js, beside it (the loader reads it by this name). */
export const CODE_CACHE = 'charm.js.cache';

/** The single executable's name in the charm (dispatch runs it by this name). */
export const SEA_FILE = 'charm-sea';

/** Where `jujuts build` writes, under `<charmDir>/build/`; `pack` reads the same places. */
export interface BuildPaths {
  readonly charmDir: string;
  readonly buildDir: string;
  /** tsc's outDir (decorator metadata is emitted here, then bundled). */
  readonly tscOutDir: string;
  /** The generated tsconfig that extends the charm's and redirects output. */
  readonly tsconfigOverlay: string;
  readonly bundle: string;
  readonly sourceMap: string;
  readonly dispatch: string;
  readonly metaJson: string;
  /** The iife bundle `node --build-snapshot` runs (`--snapshot` only). */
  readonly snapshotBundle: string;
  /** The V8 startup snapshot of the charm, valid only for the node binary that built it. */
  readonly blob: string;
  /** Which node built the blob (version, arch, path, sha256), for people and `pack`. */
  readonly blobInfo: string;
  /** The stamp dispatch reads to decide whether the blob fits the node it is about to exec. */
  readonly blobStamp: string;
  /** The single executable (`--sea`): a copy of node with the charm's startup snapshot inside. */
  readonly sea: string;
  /** Which node the single executable was made from (version, arch, path, sha256), for people and `pack`. */
  readonly seaInfo: string;
  /** The preload that compiles charm.js from its code cache. */
  readonly codeCacheLoader: string;
  /** V8's compiled code for charm.js, made by `jujuts build`. */
  readonly codeCache: string;
}

/** The build layout for a charm directory. */
export function buildPaths(charmDir: string): BuildPaths {
  const buildDir = join(charmDir, 'build');
  return {
    charmDir,
    buildDir,
    tscOutDir: join(buildDir, 'tsc'),
    tsconfigOverlay: join(buildDir, 'tsconfig.jujuts.json'),
    bundle: join(buildDir, 'charm.js'),
    sourceMap: join(buildDir, 'charm.js.map'),
    dispatch: join(buildDir, 'dispatch'),
    metaJson: join(buildDir, 'meta.json'),
    snapshotBundle: join(buildDir, 'charm-snapshot.js'),
    blob: join(buildDir, 'charm.blob'),
    blobInfo: join(buildDir, 'charm.blob.json'),
    blobStamp: join(buildDir, BLOB_STAMP),
    sea: join(buildDir, SEA_FILE),
    seaInfo: join(buildDir, `${SEA_FILE}.json`),
    codeCacheLoader: join(buildDir, CODE_CACHE_LOADER),
    codeCache: join(buildDir, CODE_CACHE),
  };
}
