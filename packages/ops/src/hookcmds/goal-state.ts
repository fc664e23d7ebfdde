import type { GoalState, JsonValue } from '../backend/backend-types';
import { expectObject, isJsonObject, optionalString, parseJsonOutput } from './parse-output';
import type { HookCommandRunner } from './run-hook-command';

type GoalEntry = { readonly status: string; readonly since?: string | undefined };

/** `goal-state --format=json`: the units and relations Juju expects this application to end up with. */
export function goalState(run: HookCommandRunner): GoalState {
  const out = expectObject('goal-state', parseJsonOutput('goal-state', run({ command: 'goal-state', args: ['--format=json'] })));
  const relations: Record<string, Record<string, GoalEntry>> = {};
  const rawRelations = out['relations'];
  if (isJsonObject(rawRelations)) {
    for (const [endpoint, members] of Object.entries(rawRelations)) relations[endpoint] = entries(members);
  }
  return { units: entries(out['units']), relations };
}

function entries(value: JsonValue | undefined): Record<string, GoalEntry> {
  const out: Record<string, GoalEntry> = {};
  if (!isJsonObject(value)) return out;
  for (const [name, entry] of Object.entries(value)) {
    const obj = isJsonObject(entry) ? entry : {};
    out[name] = { status: optionalString(obj, 'status') ?? '', since: optionalString(obj, 'since') };
  }
  return out;
}
