import type { SecretQuery } from '../backend/backend-types';
import { expectStringRecord, parseJsonOutput } from './parse-output';
import type { HookCommandRunner } from './run-hook-command';

/** How `secret-get` moves the tracked revision: `refresh` to the latest, `peek` reads the latest without moving. */
export interface SecretGetOptions {
  readonly refresh?: boolean | undefined;
  readonly peek?: boolean | undefined;
}

/**
 * `secret-get ID [--label L] [--peek|--refresh] --format=json`, or by label
 * only `secret-get --label L --format=json`. Giving both id and label attaches
 * the label. The content never appears in an error message.
 */
export function secretGet(run: HookCommandRunner, query: SecretQuery, options: SecretGetOptions = {}): Record<string, string> {
  assertSecretGetInput(query, options);
  const args = [...secretQueryArgs('secret-get', query)];
  if (options.peek) args.push('--peek');
  if (options.refresh) args.push('--refresh');
  args.push('--format=json');
  return expectStringRecord('secret-get', parseJsonOutput('secret-get', run({ command: 'secret-get', args }), true), true);
}

/** `ID [--label L]` or `--label L`: how secret-get and secret-info-get name a secret. */
export function secretQueryArgs(command: string, query: SecretQuery): string[] {
  assertSecretQuery(command, query);
  return [...(query.id === undefined ? [] : [query.id]), ...(query.label === undefined ? [] : ['--label', query.label])];
}

/** Throws a TypeError when `secret-get` is asked to both peek and refresh, or not told which secret. */
export function assertSecretGetInput(query: SecretQuery, options: SecretGetOptions = {}): void {
  if (options.peek && options.refresh) throw new TypeError('secret-get: peek and refresh cannot be used together');
  assertSecretQuery('secret-get', query);
}

/** Throws a TypeError when a query names no secret: it needs an id, a label, or both. */
export function assertSecretQuery(command: string, query: SecretQuery): void {
  if (query.id === undefined && query.label === undefined) throw new TypeError(`${command}: give a secret id, a label, or both`);
}
