import { join } from 'node:path';

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
  };
}
