/**
 * The canonical form of a secret id, as ops writes it: a bare id becomes
 * `secret:<id>`, or `secret://<model-uuid>/<id>` when the model uuid is
 * known; an id that already starts with `secret:` is kept (trimmed).
 */
export function canonicalSecretId(id: string, modelUuid?: string): string {
  const trimmed = id.trim();
  if (trimmed.startsWith('secret:')) return trimmed;
  return modelUuid ? `secret://${modelUuid}/${trimmed}` : `secret:${trimmed}`;
}

/** The globally unique part of a canonical secret id (after the last `/`, or after `secret:`). */
export function secretUniqueIdentifier(id: string): string {
  if (id.includes('/')) return id.slice(id.lastIndexOf('/') + 1);
  return id.startsWith('secret:') ? id.slice('secret:'.length) : id;
}
