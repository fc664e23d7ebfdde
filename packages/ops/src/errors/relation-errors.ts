import { ModelError } from './model-error';

/**
 * The relation does not exist (any more). Juju says so for a relation that
 * was removed while the hook ran; ops treats its data as empty and so do we.
 */
export class RelationNotFoundError extends ModelError {
  override name = 'RelationNotFoundError';
}

/** Base class of errors about relation databag contents or access. */
export class RelationDataError extends ModelError {
  override name = 'RelationDataError';
}

/**
 * The charm read or wrote a databag that Juju's access rules forbid (for
 * example a non-leader writing its application's bag).
 */
export class RelationDataAccessError extends RelationDataError {
  override name = 'RelationDataAccessError';
}

/** A databag key or value is not a string. */
export class RelationDataTypeError extends RelationDataError {
  override name = 'RelationDataTypeError';
}
