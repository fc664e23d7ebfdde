import { RelationDataError } from './relation-errors';

/** One broken rule in typed data: which option, param or field, which rule, and the value seen. */
export interface DataViolation {
  /** The Juju name (config option, action param) or dotted databag field path. */
  readonly option: string;
  /** What is wrong, phrased about the option: `must not be greater than 65535`. */
  readonly rule: string;
  /** The value that broke the rule, when there was one. */
  readonly value?: unknown;
}

function describe(violations: readonly DataViolation[]): string {
  return violations.map((v) => `${v.option}: ${v.rule}`).join('; ');
}

/**
 * The application's config breaks the rules of the charm's config class.
 * The charm runtime turns it into a Blocked status (see `configStatusMessage`).
 */
export class InvalidConfigError extends Error {
  override name = 'InvalidConfigError';
  /** Every violation, one per option and rule. */
  readonly violations: readonly DataViolation[];

  constructor(violations: readonly DataViolation[]) {
    super(`invalid config: ${describe(violations)}`);
    this.violations = violations;
  }
}

/** The parameters of an action break the rules of its params class; the action fails with them. */
export class InvalidActionParamsError extends Error {
  override name = 'InvalidActionParamsError';
  /** Every violation, one per param and rule. */
  readonly violations: readonly DataViolation[];
  /** One `param: rule` line per violation, ready for `action-fail`. */
  readonly messages: readonly string[];

  constructor(
    /** The action, when known (for the message). */
    readonly action: string | undefined,
    violations: readonly DataViolation[],
  ) {
    const messages = violations.map((v) => `${v.option}: ${v.rule}`);
    super(`invalid params${action ? ` for action ${action}` : ''}: ${messages.join('; ')}`);
    this.violations = violations;
    this.messages = messages;
  }
}

/** Action results cannot be passed to `action-set`: a key breaks Juju's rule or is given twice. */
export class InvalidActionResultsError extends Error {
  override name = 'InvalidActionResultsError';
  constructor(
    message: string,
    /** The offending (dotted) key. */
    readonly key: string,
  ) {
    super(message);
  }
}

/** Where a databag came from: the relation (`db:3`) and the bag (`myapp`, `myapp/0`). */
export interface DatabagLocation {
  readonly relation: string;
  readonly bag: string;
}

/**
 * A databag's contents do not fit the class it is loaded into: a value is not
 * JSON, a required field is missing, or a field breaks a validation rule.
 */
export class RelationDataValidationError extends RelationDataError implements DatabagLocation {
  override name = 'RelationDataValidationError';
  readonly relation: string;
  readonly bag: string;
  /** Every violation; `option` holds the databag key (dotted for nested fields). */
  readonly violations: readonly DataViolation[];

  constructor(where: DatabagLocation, violations: readonly DataViolation[]) {
    super(`relation ${where.relation}, databag ${where.bag}: ${describe(violations)}`);
    this.relation = where.relation;
    this.bag = where.bag;
    this.violations = violations;
  }
}
