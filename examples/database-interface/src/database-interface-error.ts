/** A charm used the `database` interface against its rules (for example a non-leader publishing credentials). */
export class DatabaseInterfaceError extends Error {
  override name = 'DatabaseInterfaceError';
}
