/**
 * Turns a camelCase property name into Juju's kebab-case spelling:
 * `logLevel` → `log-level`, `httpURLPath` → `http-url-path`, `port2` → `port2`.
 */
export function camelToKebab(property: string): string {
  return property
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .replace(/_/g, '-')
    .toLowerCase();
}

/** Turns a kebab-case Juju name into a camelCase property name: `log-level` → `logLevel`. */
export function kebabToCamel(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}
