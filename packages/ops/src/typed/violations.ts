import type { ValidationError } from 'class-validator';
import type { DataViolation } from '../errors';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Rephrases a class-validator message about the option rather than the
 * property: `logLevel must be one of …` → `must be one of …`, and
 * `each value in tags must be a string` → `each value must be a string`.
 */
export function ruleOf(message: string, property: string): string {
  const prefix = new RegExp(`^(each value in )?${escapeRegExp(property)} `);
  return message.replace(prefix, (_m, each: string | undefined) => (each ? 'each value ' : ''));
}

/**
 * Flattens class-validator's error tree into violations. Top-level
 * properties get their wire name from `wireName`; nested ones are dotted
 * paths (`primary.port`, `replicas.0.host`).
 */
export function toViolations(
  errors: readonly ValidationError[],
  wireName: (property: string) => string,
  skip: ReadonlySet<string> = new Set(),
  prefix = '',
): DataViolation[] {
  const out: DataViolation[] = [];
  for (const error of errors) {
    if (!prefix && skip.has(error.property)) continue;
    const path = prefix ? `${prefix}.${error.property}` : wireName(error.property);
    for (const message of Object.values(error.constraints ?? {})) {
      out.push({ option: path, rule: ruleOf(message, error.property), value: error.value });
    }
    if (error.children?.length) out.push(...toViolations(error.children, wireName, skip, path));
  }
  return out;
}
