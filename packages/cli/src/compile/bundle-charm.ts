import { build, type Message } from 'esbuild';
import { CliError } from '../errors';
import { classValidatorSubset } from './class-validator-subset';
import { nodeVersionGuard } from './node-version-guard';
import { originalPositionIn } from './original-position';

/** How the emitted JS is bundled. */
export interface BundleOptions {
  readonly entry: string;
  readonly outfile: string;
  readonly charmDir: string;
  readonly minify: boolean;
  /** Packages left out of the bundle (node built-ins always are). */
  readonly external: readonly string[];
  /**
   * `cjs` (default) for `node charm.js`; `iife` for `node --build-snapshot`,
   * whose script has `require` for built-ins but no `module` or `exports`.
   */
  readonly format?: 'cjs' | 'iife';
  /** Extra JS after the bundle (the snapshot's main-function check). */
  readonly footer?: string;
  /** Extra JS before the bundle, after the Node version guard. */
  readonly banner?: string;
}

/**
 * Bundle the tsc output into one file (CommonJS unless `format` says
 * otherwise) with an external source map.
 * The input is JS already compiled by tsc, so decorator metadata survives;
 * `keepNames` keeps class names that error messages and metadata rely on
 * even when minified.
 */
export async function bundleCharm(options: BundleOptions): Promise<void> {
  try {
    await build({
      entryPoints: [options.entry],
      outfile: options.outfile,
      absWorkingDir: options.charmDir,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: options.format ?? 'cjs',
      // Prefer packages' ES module builds: esbuild can then drop what the charm
      // never uses (class-validator's validators), which cut hook start-up
      // by about 40% in bench/ (every hook is a new process).
      mainFields: ['module', 'main'],
      plugins: [classValidatorSubset()],
      keepNames: true,
      minify: options.minify,
      sourcemap: true,
      external: [...options.external],
      banner: { js: options.banner === undefined ? nodeVersionGuard() : `${nodeVersionGuard()}\n${options.banner}` },
      ...(options.footer === undefined ? {} : { footer: { js: options.footer } }),
      logLevel: 'silent',
    });
  } catch (error) {
    const messages = (error as { errors?: Message[] }).errors ?? [];
    if (messages.length === 0) throw error;
    const details = messages.map((m) => formatMessage(m, options.charmDir));
    const first = messages[0]?.text ?? '';
    const hint = /Could not resolve/.test(first) ? ': install the missing package (npm install) or pass --external NAME' : '';
    throw new CliError(`esbuild failed with ${messages.length} error${messages.length === 1 ? '' : 's'}${hint}`, { details });
  }
}

function formatMessage(message: Message, charmDir: string): string {
  const where = message.location;
  if (where === null) return message.text;
  // esbuild reports files relative to absWorkingDir (the charm directory).
  const position = originalPositionIn(charmDir, where.file, where.line, where.column) ?? `${where.file}:${where.line}:${where.column + 1}`;
  return `${position} ${message.text}`;
}
