import {
  assertSecretAddInput,
  assertSecretGetInput,
  assertSecretQuery,
  assertSecretRevision,
  assertSecretSetInput,
  relationArg,
  type RelationRef,
  type SecretFields,
  type SecretInfoPayload,
  type SecretOwner,
  type SecretQuery,
} from '@jujuts/ops/internal';
import type { FakeJuju } from '../juju/fake-juju';
import type { SecretMetadata } from '../juju/fake-secrets';
import { runFakeCommand } from './guard-fake-command';

const subject = (q: SecretQuery): string =>
  `secret ${[q.id, q.label === undefined ? undefined : `(label ${q.label})`].filter(Boolean).join(' ')}`;
const queryArgs = (q: SecretQuery): string[] => [
  ...(q.id ? [q.id] : []),
  ...(q.label !== undefined ? ['--label', q.label] : []),
];
// Content goes to Juju in files; the recorded argv shows the keys only, as the real command line does.
const contentArgs = (content: Readonly<Record<string, string>> | undefined): string[] =>
  Object.keys(content ?? {}).map((k) => `${k}#file=…`);

function toMetadata(fields: SecretFields): SecretMetadata {
  return {
    label: fields.label,
    description: fields.description,
    expire: fields.expire?.toISOString(),
    rotate: fields.rotate,
  };
}

// Each command first makes ops's own checks, so bad input is refused before anything is recorded, as in production.

/** `secret-add` on the fake. */
export function secretAdd(
  juju: FakeJuju,
  content: Readonly<Record<string, string>>,
  fields: SecretFields & { owner?: SecretOwner },
): string {
  assertSecretAddInput(content, fields);
  const call = { command: 'secret-add', args: contentArgs(content), subject: 'a new secret' };
  return runFakeCommand(juju, call, () =>
    juju.secrets.add(content, { ...toMetadata(fields), owner: fields.owner }),
  );
}

/** `secret-get [--peek|--refresh]` on the fake. */
export function secretGet(
  juju: FakeJuju,
  query: SecretQuery,
  options: { refresh?: boolean; peek?: boolean } = {},
): Record<string, string> {
  assertSecretGetInput(query, options);
  const flags = [...(options.peek ? ['--peek'] : []), ...(options.refresh ? ['--refresh'] : [])];
  const call = { command: 'secret-get', args: [...queryArgs(query), ...flags], subject: subject(query) };
  return runFakeCommand(juju, call, () => juju.secrets.get(query, options));
}

/** `secret-info-get` on the fake, with the expiry and the next rotation as Dates. */
export function secretInfoGet(juju: FakeJuju, query: SecretQuery): SecretInfoPayload {
  assertSecretQuery('secret-info-get', query);
  const call = { command: 'secret-info-get', args: queryArgs(query), subject: subject(query) };
  return runFakeCommand(juju, call, () => {
    const info = juju.secrets.info(query);
    return { ...info, expiry: toDate(info.expiry), rotates: toDate(info.rotates) };
  });
}

const toDate = (text: string | undefined): Date | undefined => (text === undefined ? undefined : new Date(text));

/** `secret-set` on the fake. */
export function secretSet(
  juju: FakeJuju,
  id: string,
  update: SecretFields & { content?: Readonly<Record<string, string>> },
): void {
  assertSecretSetInput(update);
  const call = {
    command: 'secret-set',
    args: [id, ...contentArgs(update.content)],
    subject: subject({ id }),
  };
  runFakeCommand(juju, call, () => juju.secrets.set(id, { ...toMetadata(update), content: update.content }));
}

/** `secret-grant` or `secret-revoke` on the fake. */
export function secretAccess(
  juju: FakeJuju,
  command: 'secret-grant' | 'secret-revoke',
  id: string,
  r: RelationRef,
  unit?: string,
): void {
  const rel = relationArg(r);
  const args = [id, '-r', rel, ...(unit === undefined ? [] : ['--unit', unit])];
  runFakeCommand(juju, { command, args, subject: `secret ${id} on relation ${rel}` }, () =>
    command === 'secret-grant' ? juju.secrets.grant(id, r, unit) : juju.secrets.revoke(id, r, unit),
  );
}

/** `secret-remove [--revision N]` on the fake. */
export function secretRemove(juju: FakeJuju, id: string, revision?: number): void {
  assertSecretRevision(id, revision);
  const args = [id, ...(revision === undefined ? [] : ['--revision', String(revision)])];
  runFakeCommand(juju, { command: 'secret-remove', args, subject: subject({ id }) }, () =>
    juju.secrets.remove(id, revision),
  );
}
