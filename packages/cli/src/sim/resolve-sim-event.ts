import type { CharmMeta } from '@jujuts/ops/internal';
import { CliError } from '../errors';
import { charmHookNames, describeValidEvents, type HookName } from './sim-event-names';
import { stepTitle, type SimStep } from './sim-step';

/** The step's event checked against the charm: a hook row or an action. */
export type ResolvedEvent =
  | { readonly type: 'hook'; readonly hook: HookName }
  | { readonly type: 'action'; readonly name: string };

const ONLY_FOR: Record<string, { option: string; scope: string }> = {
  relation: { option: '--relation', scope: 'relation' },
  remoteUnit: { option: '--remote-unit', scope: 'relation' },
  remoteApp: { option: '--remote-app', scope: 'relation' },
  remoteUnitData: { option: '--remote-data', scope: 'relation' },
  remoteAppData: { option: '--remote-app-data', scope: 'relation' },
  departingUnit: { option: '--departing-unit', scope: 'relation' },
  workload: { option: '--workload', scope: 'container' },
  check: { option: '--check', scope: 'container' },
  noticeKey: { option: '--notice-key', scope: 'container' },
  storage: { option: '--storage', scope: 'storage' },
};

/**
 * Finds the step's event among the charm's hooks and actions; an unknown
 * name, or an option that does not apply to the event, is one line saying so.
 */
export function resolveSimEvent(meta: CharmMeta, step: SimStep): ResolvedEvent {
  if ((step.event === undefined) === (step.action === undefined)) {
    throw new CliError(`give exactly one of --event NAME or --action NAME (${describeValidEvents(meta)})`);
  }
  const resolved = step.action !== undefined ? resolveAction(meta, step.action) : resolveHook(meta, step.event ?? '');
  const scope = resolved.type === 'hook' ? resolved.hook.kind.scope : 'action';
  for (const [key, rule] of Object.entries(ONLY_FOR)) {
    if (step[key as keyof SimStep] !== undefined && rule.scope !== scope) {
      throw new CliError(`${rule.option} applies only to ${rule.scope} events, not to ${stepTitle(step)}`);
    }
  }
  if (step.params !== undefined && Object.keys(step.params).length > 0 && scope !== 'action') {
    throw new CliError(`--param applies only to actions, not to ${stepTitle(step)}`);
  }
  const isSecretEvent = resolved.type === 'hook' && resolved.hook.kind.hook.startsWith('secret-');
  if (step.secret === undefined && isSecretEvent && !hasSpecKey(step)) {
    throw new CliError(`${stepTitle(step)} needs --secret ID-OR-LABEL (add --secret-content k=v to create it)`);
  }
  if (step.secret !== undefined && !isSecretEvent) throw new CliError(`--secret applies only to secret events, not to ${stepTitle(step)}`);
  if (resolved.type === 'hook') checkWorkloadNeeds(resolved.hook, step);
  return resolved;
}

function resolveHook(meta: CharmMeta, name: string): ResolvedEvent {
  const hooks = charmHookNames(meta);
  const hook = hooks.find((h) => h.hook === name);
  if (hook !== undefined) return { type: 'hook', hook };
  if (meta.actions[name] !== undefined) throw new CliError(`"${name}" is an action: use --action ${name}`);
  throw new CliError(`unknown event "${name}": ${describeValidEvents(meta)}`);
}

// A scenario's secret mapping names the event's secret by its id or label.
function hasSpecKey(step: SimStep): boolean {
  return step.secretSpec?.id !== undefined || step.secretSpec?.label !== undefined;
}

function resolveAction(meta: CharmMeta, name: string): ResolvedEvent {
  if (meta.actions[name] !== undefined) return { type: 'action', name };
  const known = Object.keys(meta.actions).join(', ') || 'none';
  throw new CliError(`unknown action "${name}": ${meta.name} declares these actions: ${known}`);
}

function checkWorkloadNeeds(hook: HookName, step: SimStep): void {
  if (step.workload !== undefined && step.workload !== hook.scopeName) {
    throw new CliError(`--workload ${step.workload} does not match ${hook.hook} (its container is ${hook.scopeName ?? 'none'})`);
  }
  const needs: Record<string, [keyof SimStep, string]> = {
    'pebble-check-failed': ['check', '--check NAME'],
    'pebble-check-recovered': ['check', '--check NAME'],
    'pebble-custom-notice': ['noticeKey', '--notice-key KEY'],
  };
  const need = needs[hook.kind.hook];
  if (need !== undefined && step[need[0]] === undefined) throw new CliError(`${hook.hook} needs ${need[1]}`);
}
