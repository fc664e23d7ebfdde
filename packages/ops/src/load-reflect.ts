// Loaded first by the package entry point: class-transformer's `@Type` reads
// reflect metadata while decorated classes are being defined, so the polyfill
// must exist before any charm class is evaluated.
try {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- optional peer: a missing one gets the message below
  require('reflect-metadata');
} catch (e) {
  if ((e as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw e;
}
if (typeof (Reflect as unknown as Record<string, unknown>)['getMetadata'] !== 'function') {
  throw new Error(
    "@jujuts/ops: Reflect.getMetadata is missing. Install the peer dependency (npm install reflect-metadata) and load it before any charm code: `import 'reflect-metadata';` as the first line of your entry point, or setupFiles: ['reflect-metadata'] in jest.config.",
  );
}
export {};
