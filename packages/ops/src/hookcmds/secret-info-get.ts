import type { SecretInfoPayload, SecretQuery, SecretRotatePolicy } from '../backend/backend-types';
import { expectObject, optionalString, parseJsonOutput, unexpected } from './parse-output';
import { secretQueryArgs } from './secret-get';
import type { HookCommandRunner } from './run-hook-command';

/**
 * `secret-info-get ID --format=json` or `secret-info-get --label L --format=json`
 * (owner only). Juju keys the reply by the secret's id.
 */
export function secretInfoGet(run: HookCommandRunner, query: SecretQuery): SecretInfoPayload {
  // By id when we have one: an id and a label together is not a form secret-info-get accepts.
  const args = [...secretQueryArgs('secret-info-get', query.id === undefined ? query : { id: query.id }), '--format=json'];
  const out = expectObject('secret-info-get', parseJsonOutput('secret-info-get', run({ command: 'secret-info-get', args })));
  const entry = Object.entries(out)[0];
  if (entry === undefined) throw unexpected('secret-info-get', 'one secret keyed by its id', out);
  const [id, raw] = entry;
  const info = expectObject('secret-info-get', raw);
  const revision = info['revision'];
  if (typeof revision !== 'number') throw unexpected('secret-info-get', 'a numeric "revision"', info);
  return {
    id,
    label: optionalString(info, 'label'),
    description: optionalString(info, 'description'),
    expiry: toDate(optionalString(info, 'expiry')),
    rotation: optionalString(info, 'rotation') as SecretRotatePolicy | undefined,
    rotates: toDate(optionalString(info, 'rotates')),
    revision,
  };
}

function toDate(text: string | undefined): Date | undefined {
  if (text === undefined || text === '') return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
