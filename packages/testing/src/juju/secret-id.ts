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
