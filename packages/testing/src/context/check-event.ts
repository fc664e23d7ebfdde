import type { ActionMeta, CharmMeta, JsonValue } from '@jujuts/ops/internal';
import { actionParamProblems, type ActionParamProblem } from '../engine/action-param-rules';
import { secretXid } from '../juju';
import type { ContextEvent } from './context-event';
import { findEventRelation } from './event-spec';
import type { State } from './state-types';

/** What the checker found about an event: errors fail the run, warnings are recorded. */
export interface EventProblems {
  errors: string[];
  warnings: string[];
}

/** Problems of the event against the State and metadata: what it names must exist and be able to send it. */
export function checkEvent(event: ContextEvent, state: State, meta: CharmMeta): EventProblems {
  const out: EventProblems = { errors: [], warnings: [] };
  if (event.relation !== undefined) checkRelationEvent(event, state, meta, out.errors);
  if (event.container !== undefined) checkContainerEvent(event, state, meta, out);
  if (event.storage) checkStorageEvent(event, state, meta, out.errors);
  if (event.secret) checkSecretEvent(event, state, out.errors);
  if (event.action) checkAction(event.action.name, event.action.params, meta, out.errors);
  if (event.kind === 'leaderElected' && !state.leader) {
    out.errors.push('leader-elected goes only to the unit that became leader; set leader: true in the State');
  }
  return out;
}

function checkRelationEvent(event: ContextEvent, state: State, meta: CharmMeta, errors: string[]): void {
  const ref = event.relation;
  const endpoint = typeof ref === 'string' ? ref : (ref?.endpoint ?? '');
  if (!meta.relations[endpoint]) {
    errors.push(`charmcraft.yaml declares no endpoint "${endpoint}" (declared: ${Object.keys(meta.relations).join(', ') || 'none'})`);
    return;
  }
  const relation = findEventRelation(event, state);
  if (!relation) {
    const on = state.relations.filter((r) => r.endpoint === endpoint).map((r) => r.id);
    if (typeof ref === 'string' && on.length > 1) {
      errors.push(`the State has ${on.length} relations on "${endpoint}" (ids ${on.join(', ')}); pass the relation object instead of the endpoint name`);
    } else {
      errors.push(`the event's relation ${typeof ref === 'string' ? `on "${endpoint}"` : `${endpoint}:${ref?.id ?? '?'}`} is not in the State; add it: createState({ relations: [rel] })`);
    }
    return;
  }
  const units = () => Object.keys(relation.remoteUnits).join(', ') || 'none';
  for (const [label, unit] of [['remote unit', event.remoteUnit], ['departing unit', event.departingUnit]] as const) {
    if (unit !== undefined && !Object.hasOwn(relation.remoteUnits, unit)) {
      errors.push(`${label} ${unit} is not in relation ${endpoint}:${relation.id} (units: ${units()}); add it to remoteUnits`);
    }
  }
  if ((event.kind === 'relationJoined' || event.kind === 'relationDeparted') && event.remoteUnit === undefined && isEmpty(relation.remoteUnits)) {
    errors.push(`${event.kind === 'relationJoined' ? 'relation-joined' : 'relation-departed'} needs a remote unit but relation ${endpoint}:${relation.id} has none; add one to remoteUnits`);
  }
}

function checkContainerEvent(event: ContextEvent, state: State, meta: CharmMeta, out: EventProblems): void {
  const name = event.container ?? '';
  if (!meta.containers[name]) {
    out.errors.push(`charmcraft.yaml declares no container "${name}" (declared: ${Object.keys(meta.containers).join(', ') || 'none'})`);
    return;
  }
  const container = state.containers.find((c) => c.name === name);
  if (!container) {
    out.errors.push(`container "${name}" is not in the State; add it: createState({ containers: [container('${name}')] })`);
    return;
  }
  if (!container.canConnect) out.warnings.push(`container "${name}" has canConnect: false, yet Juju sends ${event.kind} only when Pebble is up`);
  if (event.notice && !container.notices.some((n) => n.key === event.notice?.key && n.type === event.notice.type)) {
    out.errors.push(`container "${name}" has no ${event.notice.type} notice "${event.notice.key}"; add it to the container's notices`);
  }
  if (event.check !== undefined) {
    const defined = Object.values(container.layers).some((l) => l.checks?.[event.check ?? ''] !== undefined);
    if (!defined) out.errors.push(`container "${name}" has no check "${event.check}" in its layers; add a layer defining it`);
  }
}

function checkStorageEvent(event: ContextEvent, state: State, meta: CharmMeta, errors: string[]): void {
  const { name, index } = event.storage ?? { name: '', index: 0 };
  if (!meta.storages[name]) {
    errors.push(`charmcraft.yaml declares no storage "${name}" (declared: ${Object.keys(meta.storages).join(', ') || 'none'})`);
  } else if (!state.storages.some((s) => s.name === name && s.index === index)) {
    errors.push(`storage ${name}/${index} is not in the State; add it: createState({ storages: [storage('${name}'${index ? `, { index: ${index} }` : ''})] })`);
  }
}

function checkSecretEvent(event: ContextEvent, state: State, errors: string[]): void {
  const id = event.secret?.id ?? '';
  const secret = state.secrets.find((s) => secretXid(s.id) === secretXid(id));
  if (!secret) {
    errors.push(`secret ${id} is not in the State; add it: createState({ secrets: [theSecret] })`);
    return;
  }
  const owned = secret.owner !== undefined;
  if (event.kind === 'secretChanged' && owned) errors.push(`secret-changed goes to observers of a secret, but the State's unit owns ${id}; drop owner to observe it`);
  if (event.kind !== 'secretChanged' && !owned) errors.push(`${event.kind} goes only to the secret's owner; give ${id} owner: 'app' (or 'unit')`);
  const revision = event.secretRevision;
  if (revision !== undefined && !secret.revisions.some((r) => r.revision === revision)) {
    errors.push(`secret ${id} has no revision ${revision} (revisions: ${secret.revisions.map((r) => r.revision).join(', ')})`);
  }
}

/** What `juju run` refuses before anything runs: unknown action, missing, undeclared or mistyped parameters. */
export function checkAction(name: string, params: Readonly<Record<string, JsonValue>>, meta: CharmMeta, errors: string[]): void {
  const action: ActionMeta | undefined = meta.actions[name];
  if (!action) {
    errors.push(`charmcraft.yaml declares no action "${name}" (declared: ${Object.keys(meta.actions).join(', ') || 'none'})`);
    return;
  }
  for (const problem of actionParamProblems(action, params)) errors.push(describeProblem(problem, name));
}

function describeProblem(problem: ActionParamProblem, name: string): string {
  switch (problem.kind) {
    case 'missing':
      return `action ${name}: parameter "${problem.key}" is required; pass it in ctx.on.action('${name}', { ${problem.key}: … })`;
    case 'undeclared':
      return `action ${name} takes no parameter "${problem.key}" (declared: ${problem.declared})`;
    case 'wrong-type':
      return `action ${name}: parameter "${problem.key}" must be of type ${problem.type}, got ${JSON.stringify(problem.value)}`;
  }
}

function isEmpty(record: object): boolean {
  for (const _ in record) return false;
  return true;
}
