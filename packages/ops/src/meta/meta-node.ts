import { CharmMetaError } from '../errors/charm-errors';
import type { MetaPath, MetaSource } from './meta-source';

/** A short rendering of a value for error messages. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return `${typeof value} ${JSON.stringify(value)}`;
}

const isMap = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A value inside a metadata document with its path, so every check can
 * fail with the file, the dotted key path and the line. A YAML key with no
 * value (`db:`) reads as missing, like an absent key.
 */
export class MetaNode {
  constructor(
    readonly value: unknown,
    readonly source: MetaSource,
    readonly path: MetaPath = [],
  ) {}

  /** The last path segment, as a string (the name of an entry). */
  get name(): string {
    return String(this.path[this.path.length - 1] ?? '');
  }

  /** Whether the value is absent or null. */
  get missing(): boolean {
    return this.value === undefined || this.value === null;
  }

  /** The child at `key` (missing when this is not a map or list). */
  child(key: string | number): MetaNode {
    const v = this.value;
    const value = Array.isArray(v) && typeof key === 'number' ? v[key] : isMap(v) ? v[String(key)] : undefined;
    return new MetaNode(value, this.source, [...this.path, key]);
  }

  /** A CharmMetaError at this node: `file:line: key.path: rule`. */
  fail(rule: string): CharmMetaError {
    const where = { file: this.source.file, keyPath: this.path.join('.'), line: this.source.lineOf(this.path) };
    return new CharmMetaError(where, rule);
  }

  /** The entries of a map; none when missing. */
  entries(what = 'a map'): MetaNode[] {
    if (this.missing) return [];
    if (!isMap(this.value)) throw this.fail(`must be ${what}, got ${describeValue(this.value)}`);
    return Object.keys(this.value).map((k) => this.child(k));
  }

  /** The items of a list; none when missing. */
  items(what = 'a list'): MetaNode[] {
    if (this.missing) return [];
    if (!Array.isArray(this.value)) throw this.fail(`must be ${what}, got ${describeValue(this.value)}`);
    return this.value.map((_, i) => this.child(i));
  }

  /** Fails unless the value is a map (missing is allowed). */
  map(what = 'a map'): Record<string, unknown> {
    if (this.missing) return {};
    if (!isMap(this.value)) throw this.fail(`must be ${what}, got ${describeValue(this.value)}`);
    return this.value;
  }

  /** A required non-empty string; `hint` says what it should be. */
  string(hint: string): string {
    if (this.missing) throw this.fail(`is required: ${hint}`);
    return this.optionalString(hint) as string;
  }

  /** A string, or undefined when missing. */
  optionalString(hint = 'a string'): string | undefined {
    if (this.missing) return undefined;
    if (typeof this.value !== 'string' || this.value === '') {
      throw this.fail(`must be a non-empty string (${hint}), got ${describeValue(this.value)}`);
    }
    return this.value;
  }

  /** A boolean, `fallback` when missing. */
  boolean(fallback: boolean): boolean {
    if (this.missing) return fallback;
    if (typeof this.value !== 'boolean') throw this.fail(`must be true or false, got ${describeValue(this.value)}`);
    return this.value;
  }

  /** An integer of at least `min`, or undefined when missing. */
  integer(min: number): number | undefined {
    if (this.missing) return undefined;
    if (typeof this.value !== 'number' || !Number.isInteger(this.value) || this.value < min) {
      throw this.fail(`must be an integer of at least ${min}, got ${describeValue(this.value)}`);
    }
    return this.value;
  }

  /** One of `allowed`, `fallback` when missing (required when there is no fallback). */
  oneOf<T extends string>(allowed: readonly T[], fallback?: T): T {
    if (this.missing && fallback !== undefined) return fallback;
    if (typeof this.value !== 'string' || !allowed.includes(this.value as T)) {
      const rule = this.missing ? 'is required' : `is ${describeValue(this.value)}`;
      throw this.fail(`${rule}: must be one of ${allowed.join(', ')}`);
    }
    return this.value as T;
  }
}
