import { PathError } from '@jujuts/ops/pebble';

const GO_MESSAGES: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EEXIST: 'file exists',
  ENOTEMPTY: 'directory not empty',
  ENOTDIR: 'not a directory',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ELOOP: 'too many levels of symbolic links',
};

/** Turns a Node fs error into the PathError Pebble reports, worded like Go's `op path: reason`. */
export function toPathError(err: unknown, op: string, containerPath: string): PathError {
  const code = (err as NodeJS.ErrnoException).code ?? '';
  const reason = GO_MESSAGES[code] ?? (err as Error).message;
  const kind = code === 'ENOENT' ? 'not-found' : code === 'EACCES' || code === 'EPERM' ? 'permission-denied' : 'generic-file-error';
  return new PathError(kind, `${op} ${containerPath}: ${reason}`);
}

/** The PathError Pebble reports for an errno `code` (`ENOENT`, `ENOTDIR`, …), as {@link toPathError} words it. */
export function pathErrorOf(code: string, op: string, containerPath: string): PathError {
  return toPathError(Object.assign(new Error(code), { code }), op, containerPath);
}

/** Pebble refuses relative paths in every file call. */
export function requireAbsolute(path: string): void {
  if (!path.startsWith('/')) throw new PathError('generic-file-error', `paths must be absolute, got "${path}"`);
}

/** Turns a glob on names (`*`, `?`, `[abc]`) into a regular expression, as Go's path.Match reads it. */
export function globToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end === -1) throw new PathError('generic-file-error', `syntax error in pattern "${pattern}"`);
      const body = pattern.slice(i + 1, end);
      re += `[${body.startsWith('^') ? `^${body.slice(1)}` : body}]`;
      i = end;
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
