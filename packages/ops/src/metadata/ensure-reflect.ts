/**
 * Fails fast, with the fix, when reflect-metadata was not loaded before the
 * first decorator ran (class-transformer's `@Type` needs it at decoration time).
 */
export function ensureReflectMetadata(): void {
  const r = Reflect as unknown as Record<string, unknown>;
  if (typeof r['getMetadata'] !== 'function' || typeof r['defineMetadata'] !== 'function') {
    throw new Error(
      "jujuts: Reflect.getMetadata is missing. Install reflect-metadata and load it before any charm code: add `import 'reflect-metadata';` as the first line of your entry point, or `setupFiles: ['reflect-metadata']` in jest.config.",
    );
  }
}
