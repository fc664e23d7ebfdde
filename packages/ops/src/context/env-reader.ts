import { JujuContextError } from '../errors/charm-errors';

/** What a variable should look like, for error messages and validation. */
export interface VariableShape {
  /** Human description, for example "`<endpoint>:<id>`, for example `db:3`". */
  readonly expected: string;
  /** When given, the value must match it. */
  readonly pattern?: RegExp | undefined;
}

/**
 * Reads `JUJU_*` variables for one hook, so every error names the variable,
 * the hook and the expected shape. An empty value counts as unset: Juju
 * exports some variables empty rather than leaving them out.
 */
export class EnvReader {
  constructor(
    private readonly env: NodeJS.ProcessEnv,
    /** The hook or action being dispatched, or a placeholder before it is known. */
    readonly hook: string,
  ) {}

  /** The value, or undefined when unset or empty; a set value must have the shape. */
  optional(name: string, shape?: VariableShape): string | undefined {
    const value = this.env[name];
    if (value === undefined || value === '') return undefined;
    if (shape?.pattern && !shape.pattern.test(value)) {
      throw this.fail(name, `is ${JSON.stringify(value)}, which is malformed`, shape);
    }
    return value;
  }

  /** The value, which must be set, non-empty and have the shape. */
  required(name: string, shape: VariableShape): string {
    const value = this.optional(name, shape);
    if (value === undefined) throw this.fail(name, 'is not set', shape);
    return value;
  }

  /** A JujuContextError naming the variable, the hook, the problem and the expected shape. */
  fail(name: string, problem: string, shape: VariableShape): JujuContextError {
    return new JujuContextError(
      `${name} ${problem} for ${this.hook}: expected ${shape.expected}`,
      name,
    );
  }
}
