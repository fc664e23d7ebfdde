/**
 * Every reflect-metadata key jujuts uses, namespaced so they never collide
 * with class-validator's, class-transformer's or the charm author's own.
 */
export const METADATA_KEYS = Object.freeze({
  /** Handler registrations on a charm or component class (a list). */
  handlers: 'jujuts:handlers',
  /** `@charm({...})` options on a charm class (a value). */
  charm: 'jujuts:charm',
  /** `@stored()` properties on a charm or component class (a list). */
  stored: 'jujuts:stored',
  /** `@option({...})` per-property config option settings (a list). */
  option: 'jujuts:option',
  /** `@field({...})` per-property databag / action param settings (a list). */
  field: 'jujuts:field',
  /** `@action(...)` declarations: action name, params class, description (a list). */
  action: 'jujuts:action',
});

/** One of {@link METADATA_KEYS}' values. */
export type MetadataKey = (typeof METADATA_KEYS)[keyof typeof METADATA_KEYS];
