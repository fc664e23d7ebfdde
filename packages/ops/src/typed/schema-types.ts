import type { ConfigOptionType } from '../meta/charm-meta';
import type { DataClass } from './class-properties';

/** A JSON schema fragment, as charmcraft.yaml holds it for an action param. */
export type JsonSchema = Record<string, unknown>;

/** The classes a charm's schema is made from: its config class and its actions. */
export interface SchemaSpec {
  readonly config?: DataClass;
  readonly actions?: Readonly<Record<string, { readonly params?: DataClass; readonly description?: string }>>;
}

/** One rendered `config.options` entry. */
export interface RenderedOption {
  type: ConfigOptionType;
  default?: boolean | number | string;
  description?: string;
}

/** One rendered `actions` entry. */
export interface RenderedAction {
  description?: string;
  params?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: false;
}

/** The `config` and `actions` sections of charmcraft.yaml, as {@link SchemaSpec} classes define them. */
export interface RenderedSchema {
  config?: { options: Record<string, RenderedOption> };
  actions?: Record<string, RenderedAction>;
}
