import type { CharmMeta, JsonValue } from '@jujuts/ops/internal';
import { actionParamProblems, withActionDefaults, type ActionParamProblem } from '../engine/action-param-rules';
import { HarnessError } from './harness-error';

/**
 * The parameters `juju run` would hand the action: declared defaults under
 * the given values. What Juju refuses before running anything (an unknown
 * action, a missing required or undeclared parameter, a value of the wrong
 * JSON type) is a HarnessError.
 */
export function actionParams(meta: CharmMeta, name: string, given: Readonly<Record<string, JsonValue>>): Record<string, JsonValue> {
  const action = meta.actions[name];
  const call = `runAction('${name}')`;
  if (!action) {
    const declared = Object.keys(meta.actions).join(', ') || 'none';
    throw new HarnessError(`${call}: charmcraft.yaml declares no action \`${name}\` (declared: ${declared})`);
  }
  const params = withActionDefaults(action, given);
  const [problem] = actionParamProblems(action, params);
  if (problem) throw new HarnessError(`${call}: ${describe(problem, name)}`);
  return params;
}

function describe(problem: ActionParamProblem, name: string): string {
  switch (problem.kind) {
    case 'missing':
      return `parameter ${problem.key} is required`;
    case 'undeclared':
      return `action ${name} takes no parameter ${problem.key} (declared: ${problem.declared})`;
    case 'wrong-type':
      return `parameter ${problem.key} must be of type ${problem.type}, got ${JSON.stringify(problem.value)}`;
  }
}
