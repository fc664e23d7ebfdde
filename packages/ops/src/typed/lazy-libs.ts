import type * as ClassValidator from 'class-validator';
import type * as ClassTransformer from 'class-transformer';
import type * as Yaml from 'yaml';

// class-validator costs ~160 ms to require (validator.js, libphonenumber) and
// most hooks never touch typed data, so these libraries load on first use.
let validatorLib: typeof ClassValidator | undefined;
let transformerLib: typeof ClassTransformer | undefined;
let yamlLib: typeof Yaml | undefined;

/**
 * The class-validator functions ops calls, and the only ones
 * {@link classValidator} gives access to. `jujuts build` reads this list to
 * bundle just these (and what the charm itself imports) rather than the
 * whole library: a bundler cannot pick from a CommonJS `require`, and the
 * whole library (validator.js, libphonenumber) cost ~35 ms of every hook's
 * start-up.
 */
export const CLASS_VALIDATOR_FUNCTIONS = ['validateSync', 'getMetadataStorage'] as const;

/** The part of class-validator ops uses. */
export type ClassValidatorFunctions = Pick<typeof ClassValidator, (typeof CLASS_VALIDATOR_FUNCTIONS)[number]>;

/** class-validator, required on first use. */
export function classValidator(): ClassValidatorFunctions {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (validatorLib ??= require('class-validator') as typeof ClassValidator);
}

/** class-transformer, required on first use. */
export function classTransformer(): typeof ClassTransformer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (transformerLib ??= require('class-transformer') as typeof ClassTransformer);
}

/** The yaml library, required on first use (only schema checking needs it). */
export function yamlLibrary(): typeof Yaml {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (yamlLib ??= require('yaml') as typeof Yaml);
}
