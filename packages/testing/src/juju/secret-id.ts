import { randomBytes } from 'node:crypto';

const XID_ALPHABET = '0123456789abcdefghijklmnopqrstuv';

/** A fresh secret id in Juju's form, `secret:` followed by a 20-character xid. */
export function newSecretId(): string {
  const bytes = randomBytes(20);
  let xid = '';
  for (const byte of bytes) xid += XID_ALPHABET[byte % 32];
  return `secret:${xid}`;
}

/**
 * The xid part of a secret id, so `secret:abc`, `secret://model-uuid/abc`
 * and a bare `abc` name the same secret, as they do for Juju.
 */
export function secretXid(id: string): string {
  const withoutScheme = id.startsWith('secret:') ? id.slice('secret:'.length) : id;
  const slash = withoutScheme.lastIndexOf('/');
  return slash >= 0 ? withoutScheme.slice(slash + 1) : withoutScheme;
}

/** The newest revision number of secret `id` among `secrets` (0 when it has none or is not there). */
export function latestSecretRevision(secrets: readonly { readonly id: string; readonly revisions: readonly { readonly revision: number }[] }[], id: string): number {
  const secret = secrets.find((s) => secretXid(s.id) === secretXid(id));
  return Math.max(0, ...(secret?.revisions.map((r) => r.revision) ?? []));
}
