import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type * as Esbuild from 'esbuild';

/**
 * Bundle the stand-in hook commands (src/hook-tools/cli.ts, or cli.js once
 * compiled) into one CommonJS file for Node, so each command starts by
 * loading a single file.
 */
export async function buildHookToolBundle(outFile: string): Promise<void> {
  // Loaded only here: esbuild is a build-time tool, never needed by a test that does not install hook tools.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require('esbuild') as typeof Esbuild;
  const source = join(__dirname, 'cli.ts');
  mkdirSync(dirname(outFile), { recursive: true });
  await esbuild.build({
    entryPoints: [existsSync(source) ? source : join(__dirname, 'cli.js')],
    outfile: outFile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'silent',
  });
}

let cached: Promise<string> | undefined;

/** The hook-tool bundle for this process, built once into the temp directory. */
export function hookToolBundle(): Promise<string> {
  cached ??= (async () => {
    const outFile = join(tmpdir(), `jujuts-hook-tools-${process.pid}`, 'hook-tools.js');
    if (!existsSync(outFile)) await buildHookToolBundle(outFile);
    return outFile;
  })();
  return cached;
}
