import { DatabaseInterfaceError } from './database-interface-error';

/** A database user: the content of the credentials secret. */
export interface DatabaseCredentials {
  readonly username: string;
  readonly password: string;
}

/** Reads credentials out of a secret's content, naming what is missing. */
export function credentialsFromContent(
  content: Readonly<Record<string, string>>,
  where: string,
): DatabaseCredentials {
  const { username, password } = content;
  if (!username || !password) {
    const missing = [!username && 'username', !password && 'password'].filter(Boolean).join(' and ');
    throw new DatabaseInterfaceError(
      `${where}: the credentials secret has no ${missing}; the provider must store both keys (username, password)`,
    );
  }
  return { username, password };
}

/** Checks credentials before they go into a secret. */
export function credentialsToContent(
  credentials: DatabaseCredentials,
  where: string,
): Record<string, string> {
  if (
    typeof credentials.username !== 'string' ||
    credentials.username === '' ||
    typeof credentials.password !== 'string' ||
    credentials.password === ''
  ) {
    throw new DatabaseInterfaceError(`${where}: username and password must be non-empty strings`);
  }
  return { username: credentials.username, password: credentials.password };
}
