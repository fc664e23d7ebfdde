import { existsSync, readFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { displayPath } from '../io';

/**
 * Where a position in tsc's emitted JS came from in the TypeScript source,
 * as `file:line:col` relative to the charm dir; esbuild only knows the JS it
 * was given, but users fix the .ts. Returns undefined when there is no map.
 */
export function originalPosition(jsFile: string, line: number, column: number, charmDir: string): string | undefined {
  const mapFile = `${jsFile}.map`;
  if (!existsSync(mapFile)) return undefined;
  let entry: { originalSource?: string; originalLine?: number; originalColumn?: number };
  try {
    const payload = JSON.parse(readFileSync(mapFile, 'utf8')) as SourceMapPayload;
    // findEntry is zero-based; esbuild lines are one-based, columns zero-based.
    entry = new SourceMap(payload).findEntry(line - 1, column);
  } catch {
    return undefined;
  }
  if (entry.originalSource === undefined || entry.originalLine === undefined || entry.originalColumn === undefined) return undefined;
  const source = entry.originalSource.startsWith('file://') ? new URL(entry.originalSource).pathname : resolve(dirname(mapFile), entry.originalSource);
  return `${displayPath(charmDir, source)}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
}

/** Same as {@link originalPosition} for a path relative to the charm dir (esbuild's form). */
export function originalPositionIn(charmDir: string, file: string, line: number, column: number): string | undefined {
  return originalPosition(join(charmDir, file), line, column, charmDir);
}
