/**
 * Base class of every error the Juju model raises: a hook command failed, a
 * relation or secret is gone, or the charm broke one of Juju's rules.
 */
export class ModelError extends Error {
  override name = 'ModelError';
}
