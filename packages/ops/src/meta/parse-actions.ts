import type { ActionMeta } from './charm-meta';
import { checkName } from './juju-names';
import type { MetaNode } from './meta-node';

/**
 * Reads an actions node: charmcraft.yaml's `actions` or the whole of a
 * legacy actions.yaml. `params` is kept as the JSON schema `properties` it
 * is; `required` must name declared params, since Juju would otherwise make
 * the action impossible to run.
 */
export function parseActions(actions: MetaNode): Record<string, ActionMeta> {
  const result: Record<string, ActionMeta> = {};
  for (const entry of actions.entries('a map of action name to action')) {
    const name = checkName(entry, 'action name');
    entry.map('a map with `description` and `params`');
    const params: Record<string, Readonly<Record<string, unknown>>> = {};
    for (const param of entry.child('params').entries('a map of parameter name to JSON schema')) {
      params[param.name] = Object.freeze({ ...param.map('a JSON schema map, for example `{type: string}`') });
    }
    const required = entry.child('required').items('a list of parameter names').map((item) => {
      const param = item.string('a parameter name');
      if (!(param in params)) {
        const declared = Object.keys(params);
        throw item.fail(`names ${JSON.stringify(param)}, which is not under params (declared: ${declared.length ? declared.join(', ') : 'none'})`);
      }
      return param;
    });
    result[name] = {
      name,
      description: entry.child('description').optionalString(),
      params,
      required,
      additionalProperties: entry.child('additionalProperties').boolean(true),
      executionGroup: entry.child('execution-group').optionalString(),
      parallel: entry.child('parallel').boolean(false),
    };
  }
  return result;
}
