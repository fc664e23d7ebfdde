/**
 * The charm's code or metadata is inconsistent: a decorator names an endpoint,
 * container, storage or action the charm does not declare, a decorator is
 * misused, or a charm option is invalid. Thrown at start-up (and in every
 * test) with `Class.method` and the offending name in the message.
 */
export class CharmDefinitionError extends Error {
  override name = 'CharmDefinitionError';
}

/** The `JUJU_*` environment is missing or malformed for the event being dispatched. */
export class JujuContextError extends Error {
  override name = 'JujuContextError';
  constructor(
    message: string,
    /** The environment variable at fault. */
    readonly variable: string,
  ) {
    super(message);
  }
}

/** Where in a metadata file a problem was found. */
export interface MetaErrorLocation {
  /** The file, as given (for example `charmcraft.yaml`). */
  readonly file: string;
  /** Dotted key path, for example `requires.db.interface`; empty for the whole document. */
  readonly keyPath: string;
  /** 1-based line of the key or value, when known. */
  readonly line?: number | undefined;
}

/** charmcraft.yaml / metadata.yaml / config.yaml / actions.yaml is unreadable or breaks the schema. */
export class CharmMetaError extends Error implements MetaErrorLocation {
  override name = 'CharmMetaError';
  readonly file: string;
  readonly keyPath: string;
  readonly line?: number | undefined;

  constructor(location: MetaErrorLocation, rule: string) {
    const where = `${location.file}${location.line !== undefined ? `:${location.line}` : ''}`;
    super(`${where}: ${location.keyPath || '(document)'}: ${rule}`);
    this.file = location.file;
    this.keyPath = location.keyPath;
    this.line = location.line;
  }
}
