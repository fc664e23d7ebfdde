/**
 * Juju refused a hook command. `text` is what Juju prints after `ERROR `;
 * `exitCode` is 2 for what Juju rejects while parsing flags (an unknown
 * relation in `-r`), 1 for everything else.
 */
export class JujuError extends Error {
  override name = 'JujuError';

  constructor(
    /** Juju's own wording, without the `ERROR ` prefix. */
    readonly text: string,
    /** The exit code the hook command ends with. */
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(text);
  }

  /** The line the hook command writes to stderr. */
  get stderr(): string {
    return `ERROR ${this.text}`;
  }
}

/** Juju's answer when a non-leader touches what only the leader may. */
export const PERMISSION_DENIED = 'permission denied';

/** Juju's error for a relation id that does not exist (or is of another endpoint). */
export function relationNotFound(given: string, flag = '-r'): JujuError {
  return new JujuError(`invalid value "${given}" for option ${flag}: relation not found`, 2);
}
