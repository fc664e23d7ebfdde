import { CharmDefinitionError } from '../errors';
import type { DataClass, HandlerRecord } from '../framework/handler-record';
import { checkSchema as checkSpecSchema, renderSchema as renderSpecSchema, type RenderedSchema, type SchemaSpec } from '../typed';
import { describeOwner, readCharmOptions } from './describe-owner';
import { METADATA_KEYS } from './keys';
import { readMetadataValue } from './own-metadata';

/** Any class, as far as reading its decorator metadata goes (a charm class takes a Framework). */
export type CharmClassLike = abstract new (...args: never[]) => object;

/**
 * Whether `value` is a charm class: a class with `@charm({...})` options or
 * handler decorators. Reads the global reflect-metadata registry, so it
 * recognises classes built against another copy of `@jujuts/ops`.
 */
export function isCharmClass(value: unknown): value is CharmClassLike {
  if (typeof value !== 'function' || typeof value.prototype !== 'object' || value.prototype === null) return false;
  return readMetadataValue(METADATA_KEYS.charm, value) !== undefined || describeOwner(value).handlers.length > 0;
}

function actionsOf(charmClass: CharmClassLike): Record<string, { params?: DataClass; description?: string }> {
  const actions: Record<string, { params?: DataClass; description?: string; first: HandlerRecord }> = {};
  for (const record of describeOwner(charmClass).handlers) {
    if (record.event !== 'action' || typeof record.scope !== 'string') continue;
    const seen = actions[record.scope];
    if (!seen) {
      actions[record.scope] = { first: record, params: record.params, description: record.description };
      continue;
    }
    // The dispatcher validates with the first handler's params class, so two
    // different classes for one action would silently ignore the second.
    if (seen.params !== record.params) {
      const name = (c: DataClass | undefined): string => c?.name ?? 'no params class';
      throw new CharmDefinitionError(
        `${record.decorator} on ${charmClass.name}.${record.method}: params ${name(record.params)} differ from ${name(seen.params)} on ${charmClass.name}.${seen.first.method}; give every handler of one action the same params class`,
      );
    }
    seen.description ??= record.description;
  }
  return Object.fromEntries(
    Object.entries(actions).map(([name, { params, description }]) => [name, { ...(params ? { params } : {}), ...(description !== undefined ? { description } : {}) }]),
  );
}

/**
 * The schema classes of a charm class: the `@charm({ config })` class and
 * every `@action(name, Params, { description })` on the class or its bases.
 * Components are instances made in the charm's constructor, so actions that
 * only a component handles are not seen; `actions` is left out (and the
 * section not managed) when the class handles no action itself.
 */
export function schemaSpecOf(charmClass: CharmClassLike): SchemaSpec {
  const config = readCharmOptions(charmClass).config;
  const actions = actionsOf(charmClass);
  return { ...(config ? { config } : {}), ...(Object.keys(actions).length > 0 ? { actions } : {}) };
}

function specOf(source: SchemaSpec | CharmClassLike): SchemaSpec {
  if (typeof source !== 'function') return source;
  if (!isCharmClass(source)) {
    const name = (source as { name?: string }).name;
    throw new CharmDefinitionError(`${name || 'the class'} is not a charm class: it has no @charm({...}) options and no handler decorators`);
  }
  return schemaSpecOf(source);
}

/**
 * Renders the `config` and `actions` sections of charmcraft.yaml from a
 * charm class (or an explicit {@link SchemaSpec}), as `jujuts schema` writes them.
 *
 * @example
 * const { config, actions } = renderSchema(WebCharm);
 */
export function renderSchema(source: SchemaSpec | CharmClassLike): RenderedSchema {
  return renderSpecSchema(specOf(source));
}

/**
 * Lists every drift between charmcraft.yaml and a charm class (or an
 * explicit {@link SchemaSpec}), one line each; empty when in sync.
 *
 * @example
 * expect(checkSchema(WebCharm, readFileSync('charmcraft.yaml', 'utf8'))).toEqual([]);
 */
export function checkSchema(source: SchemaSpec | CharmClassLike, charmcraftYamlText: string): string[] {
  return checkSpecSchema(specOf(source), charmcraftYamlText);
}

/** {@link renderSchema} for a charm class. */
export function renderCharmSchema(charmClass: CharmClassLike): RenderedSchema {
  return renderSchema(charmClass);
}

/** {@link checkSchema} for a charm class. */
export function checkCharmSchema(charmClass: CharmClassLike, charmcraftYamlText: string): string[] {
  return checkSchema(charmClass, charmcraftYamlText);
}
