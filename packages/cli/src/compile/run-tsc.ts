import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { CliError } from '../errors';
import { displayPath } from '../io';
import type { BuildPaths } from './build-paths';

/** The TypeScript compiler script: the charm's own if installed, else the one the CLI depends on. */
export function resolveTsc(charmDir: string): string {
  for (const paths of [[charmDir], undefined]) {
    try {
      return require.resolve('typescript/bin/tsc', paths === undefined ? undefined : { paths });
    } catch {
      // Not installed there: try the next place.
    }
  }
  throw new CliError(`TypeScript is not installed in ${charmDir}: run 'npm install --save-dev typescript@5.9.3'`);
}

/**
 * Write a tsconfig that extends the charm's and forces what the bundle
 * needs: JS with source maps into our outDir, nothing else. Returns its path.
 *
 * `modules: 'es'` makes tsc emit ES modules, for the bundle: esbuild can
 * then keep only the parts of a library the charm imports (class-validator's
 * validators: most of a hook's start-up otherwise); it cannot pick from a
 * CommonJS `require`. `'charm'` keeps the charm's own `module` setting: for
 * output loaded in this process (`jujuts schema`), and as the fallback for
 * code that only compiles as CommonJS (`import x = require(...)`).
 */
export function writeTsconfigOverlay(paths: BuildPaths, charmTsconfig: string, modules: 'es' | 'charm'): string {
  if (!existsSync(charmTsconfig)) {
    throw new CliError(`no ${relative(paths.charmDir, charmTsconfig) || charmTsconfig} in ${paths.charmDir}: add a tsconfig.json or pass --tsconfig PATH`);
  }
  rmSync(paths.tscOutDir, { recursive: true, force: true });
  mkdirSync(paths.buildDir, { recursive: true });
  const overlay = {
    extends: relative(paths.buildDir, charmTsconfig).split('\\').join('/'),
    compilerOptions: {
      outDir: './tsc',
      noEmit: false,
      emitDeclarationOnly: false,
      declaration: false,
      declarationMap: false,
      composite: false,
      incremental: false,
      sourceMap: true,
      ...(modules === 'es' ? { module: 'es2022', moduleResolution: 'bundler' } : {}),
    },
  };
  writeFileSync(paths.tsconfigOverlay, `${JSON.stringify(overlay, null, 2)}\n`);
  return paths.tsconfigOverlay;
}

/**
 * Compile with tsc; resolves to the absolute paths of the emitted .js files,
 * or throws with each error as `file:line:col`. `charmTsconfig` is the file
 * the user knows (named in the error), `tsconfig` the overlay actually used.
 */
export async function runTsc(paths: BuildPaths, tsconfig: string, charmTsconfig: string): Promise<string[]> {
  const tsc = resolveTsc(paths.charmDir);
  const args = [tsc, '--project', tsconfig, '--pretty', 'false', '--listEmittedFiles'];
  const { code, output } = await runNode(args, paths.charmDir);
  const lines = output.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (code !== 0) {
    const errors = lines.filter((l) => !l.startsWith('TSFILE: ')).map((l) => toFileLine(l, paths.charmDir));
    const count = errors.filter((l) => / error TS\d+/.test(l)).length || errors.length;
    throw new CliError(`tsc found ${count} error${count === 1 ? '' : 's'}: fix the lines above (compiled with ${displayPath(paths.charmDir, charmTsconfig)})`, {
      details: errors,
    });
  }
  return lines.filter((l) => l.startsWith('TSFILE: ')).map((l) => l.slice('TSFILE: '.length).trim()).filter((f) => f.endsWith('.js'));
}

// tsc --pretty false prints `src/a.ts(3,5): error TS2322: …`; editors and terminals link `src/a.ts:3:5`.
function toFileLine(line: string, charmDir: string): string {
  const match = /^(.+?)\((\d+),(\d+)\): (.*)$/.exec(line);
  if (match === null) return line;
  const shown = displayPath(charmDir, resolve(charmDir, match[1] ?? ''));
  return `${shown}:${match[2]}:${match[3]} ${match[4]}`;
}

function runNode(args: readonly string[], cwd: string): Promise<{ code: number | null; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', fail);
    child.on('close', (code) => done({ code, output: Buffer.concat(chunks).toString('utf8') }));
  });
}
