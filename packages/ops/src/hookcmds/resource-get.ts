import { ModelError } from '../errors';
import type { HookCommandRunner } from './run-hook-command';

/** `resource-get NAME`: fetches the resource and returns the path of the local file. */
export function resourceGet(run: HookCommandRunner, name: string): string {
  const path = run({ command: 'resource-get', args: [name] }).trim();
  if (path === '') throw new ModelError(`resource-get ${name} printed no path`);
  return path;
}
