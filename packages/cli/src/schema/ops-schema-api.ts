import type { RenderedSchema } from '@jujuts/ops';
import { CliError } from '../errors';

/** The part of `@jujuts/ops/internal` that `jujuts schema` uses. */
export interface OpsSchemaApi {
  isCharmClass(value: unknown): boolean;
  renderCharmSchema(charmClass: unknown): RenderedSchema;
  checkCharmSchema(charmClass: unknown, charmcraftYamlText: string): string[];
}

const FUNCTIONS = ['isCharmClass', 'renderCharmSchema', 'checkCharmSchema'] as const;

function load(id: string): { api?: OpsSchemaApi; from: string } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(id) as Record<string, unknown>;
  const api = FUNCTIONS.every((f) => typeof mod[f] === 'function') ? (mod as unknown as OpsSchemaApi) : undefined;
  return api ? { api, from: id } : { from: id };
}

/**
 * The schema functions of the `@jujuts/ops` the charm itself resolves
 * (so metadata and classes come from one module instance), else the CLI's
 * own copy: decorator metadata lives in the process-wide reflect-metadata
 * and class-validator registries, so it reads a bundled charm's classes too.
 */
export function opsSchemaApi(charmDir: string): OpsSchemaApi {
  const tried: string[] = [];
  for (const paths of [[charmDir], undefined]) {
    let id: string;
    try {
      id = require.resolve('@jujuts/ops/internal', paths === undefined ? undefined : { paths });
    } catch {
      continue;
    }
    try {
      const { api, from } = load(id);
      if (api) return api;
      tried.push(from);
    } catch {
      // An unbuilt workspace copy (exports pointing at a missing dist/): try the next one.
      tried.push(id);
    }
  }
  throw new CliError(
    `no @jujuts/ops with schema support found (tried: ${tried.join(', ') || 'none resolvable'}): install @jujuts/ops 0.1.0 or later in the charm`,
  );
}
