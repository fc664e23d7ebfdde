import type { ModelBackend } from '../backend/model-backend';
import type { JujuContext } from '../context/juju-context';
import { ModelError } from '../errors';
import type { CharmMeta } from '../meta/charm-meta';
import type { Application } from './application';
import { Binding } from './binding';
import { parseCloudSpec, type CloudSpec } from './cloud-spec';
import { ConfigData } from './config-data';
import { JujuVersion } from './juju-version';
import { ModelCache } from './model-cache';
import type { Relation } from './relation';
import { Relations } from './relations';
import { Resources } from './resources';
import { Secret } from './secret';
import { Storages } from './storages';
import type { Unit } from './unit';

/** Which secret to get: by id, by label, or both (which attaches the label). */
export interface SecretLookup {
  readonly id?: string | undefined;
  readonly label?: string | undefined;
}

/**
 * The charm's view of the Juju model for one hook: our unit and app, the
 * relations, config, secrets, storage, resources and network. Everything is
 * read lazily through the {@link ModelBackend} and kept for the hook.
 */
export class Model {
  /** The unit this charm runs as. */
  readonly unit: Unit;
  /** The application of {@link Model.unit}. */
  readonly app: Application;
  /** Relations by endpoint. */
  readonly relations: Relations;
  /** Raw config values (`config-get`). */
  readonly config: ConfigData;
  /** Attached storage by name. */
  readonly storages: Storages;
  /** Resources by name. */
  readonly resources: Resources;
  private readonly cache: ModelCache;
  // Made on first use: most hooks never touch it, and a Map per hook adds up over thousands of test hooks.
  private bindings: Map<string, Binding> | undefined;
  private version: JujuVersion | undefined;

  constructor(backend: ModelBackend, meta: CharmMeta, context: JujuContext) {
    this.cache = new ModelCache(backend, meta, context);
    this.unit = this.cache.unit(context.unitName);
    this.app = this.cache.app(context.appName);
    this.relations = new Relations(this.cache);
    this.config = new ConfigData(backend);
    this.storages = new Storages(this.cache);
    this.resources = new Resources(backend, meta);
  }

  /** The model's name. */
  get name(): string {
    return this.cache.context.modelName;
  }

  /** The model's uuid. */
  get uuid(): string {
    return this.cache.context.modelUuid;
  }

  /** The version of the Juju agent running this hook. */
  get jujuVersion(): JujuVersion {
    this.version ??= new JujuVersion(this.cache.context.jujuVersion);
    return this.version;
  }

  /** The Unit named `name` (`app/N`), the same object for the same name. */
  getUnit(name: string): Unit {
    return this.cache.unit(name);
  }

  /** The Application named `name`, the same object for the same name. */
  getApp(name: string): Application {
    return this.cache.app(name);
  }

  /**
   * One relation of `endpoint`: by id, or the only one (undefined if none).
   * Several relations and no id is a TooManyRelatedAppsError.
   */
  getRelation(endpoint: string, id?: number): Relation | undefined {
    return this.relations.getOne(endpoint, id);
  }

  /** Every live relation of `endpoint`. */
  getRelations(endpoint: string): readonly Relation[] {
    return this.relations.get(endpoint);
  }

  /**
   * A secret by id and/or label; its content is read now (which also
   * attaches the label when both are given), so a missing secret fails here
   * with SecretNotFoundError.
   */
  getSecret(lookup: SecretLookup): Secret {
    const secret = this.secretHandle(lookup);
    secret.getContent();
    return secret;
  }

  /**
   * A secret object that runs nothing until used: for the framework's
   * secret events, where Juju names the secret in the environment.
   */
  secretHandle(lookup: SecretLookup): Secret {
    if (!lookup.id && !lookup.label) throw new ModelError('getSecret needs an id or a label (or both)');
    return new Secret(this.cache.backend, { id: lookup.id, label: lookup.label, modelUuid: this.uuid });
  }

  /**
   * The network binding of an endpoint or extra binding, or of one relation
   * (which may have its own, more specific, binding).
   */
  getBinding(target: string | Relation): Binding {
    const name = typeof target === 'string' ? target : target.name;
    const { relations, extraBindings } = this.cache.meta;
    if (!(name in relations) && !extraBindings.includes(name)) {
      const declared = [...Object.keys(relations), ...extraBindings];
      throw new ModelError(`binding '${name}' is not an endpoint or extra binding of this charm (declared: ${declared.join(', ') || 'none'})`);
    }
    const relationId = typeof target === 'string' ? undefined : target.id;
    const key = relationId === undefined ? name : `${name}:${relationId}`;
    let binding = this.bindings?.get(key);
    if (!binding) {
      binding = new Binding(name, relationId, this.cache.backend);
      (this.bindings ??= new Map()).set(key, binding);
    }
    return binding;
  }

  /** The cloud the model runs on, with credentials (`credential-get`; the application must be trusted). */
  getCloudSpec(): CloudSpec {
    return parseCloudSpec(this.cache.backend.credentialGet());
  }
}
