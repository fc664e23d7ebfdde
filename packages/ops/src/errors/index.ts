export { ModelError } from './model-error';
export { HookCommandError, type HookCommandFailure } from './hook-command-error';
export {
  RelationNotFoundError,
  RelationDataError,
  RelationDataAccessError,
  RelationDataTypeError,
} from './relation-errors';
export { SecretNotFoundError } from './secret-errors';
export { CharmDefinitionError, JujuContextError, CharmMetaError, type MetaErrorLocation } from './charm-errors';
export { DeferError, InvalidStatusError } from './framework-errors';
export {
  InvalidConfigError,
  InvalidActionParamsError,
  InvalidActionResultsError,
  RelationDataValidationError,
  type DataViolation,
  type DatabagLocation,
} from './typed-data-errors';
export { TooManyRelatedAppsError } from './too-many-related-apps-error';
export { SecretContentError } from './secret-content-error';
