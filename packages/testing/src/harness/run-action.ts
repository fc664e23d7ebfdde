import type { CharmBase, JsonValue } from '@jujuts/ops/internal';
import { ActionFailed, type ActionOutput } from './action-failed';
import { actionParams } from './check-action-params';
import type { HarnessRuntime } from './harness-runtime';

/**
 * Runs action `name` as `juju run` would: parameters checked and defaulted,
 * then one dispatch of `actions/<name>`. Resolves with the results and log
 * lines; rejects with {@link ActionFailed} if the action failed, or with the
 * handler's own error if it threw.
 */
export async function runAction<C extends CharmBase<object>>(
  runtime: HarnessRuntime<C>,
  name: string,
  given: Readonly<Record<string, JsonValue>>,
  uuid: string,
): Promise<ActionOutput> {
  const params = actionParams(runtime.meta, name, given);
  const outputs = runtime.juju.outputs;
  outputs.actionResults = {};
  outputs.actionLogs = [];
  outputs.actionFailure = undefined;
  runtime.change((s) => (s.actionParams = params));
  try {
    await runtime.run({ path: `actions/${name}`, actionUuid: uuid });
  } finally {
    runtime.change((s) => delete s.actionParams);
  }
  const output: ActionOutput = { results: structuredClone(outputs.actionResults), logs: [...outputs.actionLogs] };
  if (outputs.actionFailure !== undefined) throw new ActionFailed(outputs.actionFailure, output);
  return output;
}
