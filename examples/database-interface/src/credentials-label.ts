/**
 * The provider's label for the credentials secret of one relation. Labels
 * are per owner, so one per relation lets `setCredentials` find and update
 * the secret (new revision, same id) instead of piling up secrets.
 */
export function credentialsLabel(endpoint: string, relationId: number): string {
  return `${endpoint}.${relationId}.user.secret`;
}
