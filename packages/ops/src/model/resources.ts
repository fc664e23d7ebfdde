import type { ModelBackend } from '../backend/model-backend';
import { ModelError } from '../errors';
import type { CharmMeta } from '../meta/charm-meta';

/** The charm's resources: `resources.fetch('image')` gives the local path of the file. */
export class Resources {
  // Made on first use: most hooks never touch it, and a Map per hook adds up over thousands of test hooks.
  private paths: Map<string, string> | undefined;

  constructor(
    private readonly backend: ModelBackend,
    private readonly meta: CharmMeta,
  ) {}

  /**
   * The path of a declared resource (`resource-get`, once per hook). An
   * undeclared name, or a resource Juju cannot supply, is a ModelError naming it.
   */
  fetch(name: string): string {
    const declared = Object.keys(this.meta.resources);
    if (!declared.includes(name)) {
      throw new ModelError(`resource '${name}' is not declared in the charm's metadata (declared: ${declared.join(', ') || 'none'})`);
    }
    let path = this.paths?.get(name);
    if (path === undefined) {
      try {
        path = this.backend.resourceGet(name);
      } catch (e) {
        const detail = e instanceof Error ? e.message : String(e);
        throw new ModelError(`resource '${name}' could not be fetched (was it attached with juju attach-resource?): ${detail}`, {
          cause: e,
        });
      }
      (this.paths ??= new Map()).set(name, path);
    }
    return path;
  }
}
