/** Raw config values as `config-get` gives them. */
type RawConfig = Readonly<Record<string, boolean | number | string>>;

interface Loaded {
  readonly raw: RawConfig;
  readonly values: Readonly<Record<string, unknown>>;
}

const last = new WeakMap<object, WeakMap<object, Loaded>>();

/**
 * The property values a config class was last built with under this
 * options table, if that load was clean and its raw values were exactly
 * these (compared with Object.is, so -0 and 0 differ).
 *
 * Why: the Harness and Context load config on every hook, thousands of
 * times in a test and nearly always with the values of the hook before;
 * converting and checking them again was ~2 µs a hook, and even building
 * a key string was ~0.5 µs. Only clean, all-primitive results are
 * remembered, so a failure is reported afresh every time and nothing
 * mutable is shared.
 */
export function recallLoadedConfig(cls: object, options: object, raw: RawConfig): Readonly<Record<string, unknown>> | undefined {
  const loaded = last.get(cls)?.get(options);
  return loaded && sameValues(loaded.raw, raw) ? loaded.values : undefined;
}

/** Remembers the own property values of a cleanly loaded, all-primitive config instance, and the raw values it came from. */
export function rememberLoadedConfig(cls: object, options: object, raw: RawConfig, instance: object): void {
  let perClass = last.get(cls);
  if (!perClass) last.set(cls, (perClass = new WeakMap()));
  perClass.set(options, { raw: { ...raw }, values: Object.freeze({ ...instance }) });
}

function sameValues(a: RawConfig, b: RawConfig): boolean {
  const keys = Object.keys(b);
  if (keys.length !== Object.keys(a).length) return false;
  for (const key of keys) if (!Object.prototype.hasOwnProperty.call(a, key) || !Object.is(a[key], b[key])) return false;
  return true;
}
