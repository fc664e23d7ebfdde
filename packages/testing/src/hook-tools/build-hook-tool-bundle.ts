import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
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

/**
 * The hook-tool bundle, built once per process and shared between processes
 * through the temp directory: its name carries a fingerprint of the sources,
 * so an edit rebuilds it and parallel test workers reuse one file.
 */
export function hookToolBundle(): Promise<string> {
  cached ??= (async () => {
    const outFile = join(tmpdir(), `jujuts-hook-tools-${sourceFingerprint()}.js`);
    if (!existsSync(outFile)) {
      // Built aside and renamed, so a concurrent worker never runs a half-written bundle.
      const partial = `${outFile}.${process.pid}.tmp`;
      await buildHookToolBundle(partial);
      renameSync(partial, outFile);
    }
    return outFile;
  })();
  return cached;
}

function sourceFingerprint(): string {
  const hash = createHash('sha256');
  for (const dir of [__dirname, join(__dirname, '..', 'juju')]) {
    for (const name of readdirSync(dir).sort()) {
      const stat = statSync(join(dir, name));
      hash.update(`${dir}/${name}:${stat.size}:${stat.mtimeMs};`);
    }
  }
  return hash.digest('hex').slice(0, 16);
}
