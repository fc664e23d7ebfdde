import type { CharmMeta } from '@jujuts/ops/internal';
import { createJujuState, type HookEventSpec, type JujuState, type RelationState } from '@jujuts/testing';
import { CliError } from '../errors';
import { convertConfig, convertParams } from './convert-values';
import type { ResolvedEvent } from './resolve-sim-event';
import { applySecretSpec, secretSpecKey } from './sim-secret-spec';
import type { SimStep } from './sim-step';

/** The state to run the hook in, and the event as Juju would describe it. */
export interface PreparedStep {
  readonly state: JujuState;
  readonly event: HookEventSpec;
  /** What Juju does to the state once the hook succeeds (a broken relation goes away, …). */
  readonly afterSuccess?: ((state: JujuState) => void) | undefined;
}

/**
 * Applies the step's setup (config, leadership, a relation or secret or
 * storage the event needs, created when missing) and builds the event.
 * A step's secret mapping is added before a secret event (it is the
 * event's secret) and after the others' setup (so it may be granted over a
 * relation the step creates).
 */
export function prepareSimState(meta: CharmMeta, input: JujuState, step: SimStep, resolved: ResolvedEvent): PreparedStep {
  const state = structuredClone(input);
  if (step.config !== undefined) state.config = { ...state.config, ...convertConfig(meta, step.config) };
  if (step.leader !== undefined) state.leader = step.leader;
  const hookName = resolved.type === 'hook' ? resolved.hook.kind.hook : undefined;
  if (hookName === 'leader-elected') {
    if (step.leader === false) throw new CliError('leader-elected runs only on the unit that just became leader: drop leader: false (--not-leader)');
    // Juju runs leader-elected only on the new leader, so the step need not say leader: true.
    state.leader = true;
  }
  const spec = step.secretSpec;
  if (spec === undefined) return prepareEvent(meta, state, step, resolved);
  if (hookName?.startsWith('secret-') === true) return prepareEvent(meta, applySecretSpec(meta, state, spec), step, resolved);
  const prepared = prepareEvent(meta, state, step, resolved);
  return { ...prepared, state: applySecretSpec(meta, prepared.state, spec) };
}

function prepareEvent(meta: CharmMeta, input: JujuState, step: SimStep, resolved: ResolvedEvent): PreparedStep {
  let state = input;
  if (resolved.type === 'action') {
    const params = convertParams(meta.actions[resolved.name] ?? failAction(resolved.name), step.params ?? {});
    return { state, event: { path: `actions/${resolved.name}`, params } };
  }
  const { hook } = resolved;
  const path = `hooks/${hook.hook}`;
  switch (hook.kind.scope) {
    case 'relation':
      return relationStep(meta, state, step, hook.scopeName ?? '', hook.kind.hook, path);
    case 'container':
      return {
        state,
        event: {
          path,
          workloadName: hook.scopeName,
          checkName: step.check,
          ...(step.noticeKey !== undefined ? { noticeKey: step.noticeKey, noticeType: 'custom', noticeId: '1' } : {}),
        },
      };
    case 'storage': {
      const [name = '', index = '0'] = (step.storage ?? hook.scopeName ?? '').split('/');
      if (name !== hook.scopeName) throw new CliError(`--storage ${step.storage ?? ''} does not match ${hook.hook}`);
      if (!state.storages.some((s) => s.name === name && s.index === Number(index))) {
        state = createJujuState({ ...state, storages: [...state.storages, { name, index: Number(index) }] }, meta);
      }
      const afterSuccess =
        hook.kind.hook === 'storage-detaching'
          ? (s: JujuState) => void (s.storages = s.storages.filter((x) => !(x.name === name && x.index === Number(index))))
          : undefined;
      return { state, event: { path, storageId: `${name}/${index}` }, afterSuccess };
    }
    default:
      return hook.kind.hook.startsWith('secret-') ? secretStep(meta, state, step, path) : { state, event: { path } };
  }
}

function failAction(name: string): never {
  throw new CliError(`unknown action "${name}"`);
}

function relationStep(meta: CharmMeta, input: JujuState, step: SimStep, endpoint: string, kind: string, path: string): PreparedStep {
  const [given, idText] = (step.relation ?? endpoint).includes(':') ? (step.relation ?? '').split(':') : /^\d+$/.test(step.relation ?? '') ? [endpoint, step.relation] : [step.relation ?? endpoint, undefined];
  if (given !== endpoint) throw new CliError(`--relation ${step.relation ?? ''} does not match ${endpoint}-${kind} (use --relation ${endpoint}:ID)`);
  const id = idText === undefined ? undefined : Number(idText);
  let state = input;
  const candidates = state.relations.filter((r) => r.endpoint === endpoint && (id === undefined || r.id === id));
  if (candidates.length > 1) {
    throw new CliError(`${endpoint} has several relations (${candidates.map((r) => `${endpoint}:${r.id}`).join(', ')}): pick one with --relation`);
  }
  if (id !== undefined && state.relations.some((r) => r.id === id && r.endpoint !== endpoint)) {
    throw new CliError(`relation id ${id} belongs to another endpoint in the state file`);
  }
  if (candidates.length === 0) {
    const remoteApp = step.remoteApp ?? step.remoteUnit?.split('/')[0];
    // relation-created comes before any unit joins: nobody is listed yet.
    const units = kind === 'relation-created' ? { remoteUnits: {} } : {};
    const added = { endpoint, ...units, ...(id !== undefined ? { id } : {}), ...(remoteApp !== undefined ? { remoteApp } : {}) };
    state = createJujuState({ ...state, relations: [...state.relations, added] }, meta);
  }
  const relation = state.relations.find((r) => r.endpoint === endpoint && (id === undefined || r.id === id)) as RelationState;
  const remoteUnit = step.remoteUnit ?? (['relation-joined', 'relation-changed', 'relation-departed'].includes(kind) ? Object.keys(relation.remoteUnits)[0] : undefined);
  if (remoteUnit !== undefined && kind !== 'relation-departed' && relation.remoteUnits[remoteUnit] === undefined) relation.remoteUnits[remoteUnit] = {};
  if (step.remoteUnitData !== undefined) {
    if (remoteUnit === undefined) throw new CliError(`--remote-data needs a remote unit: add --remote-unit APP/N`);
    relation.remoteUnits[remoteUnit] = { ...relation.remoteUnits[remoteUnit], ...step.remoteUnitData };
  }
  if (step.remoteAppData !== undefined) {
    if (relation.peer) throw new CliError(`--remote-app-data: ${endpoint} is a peer relation; its app bag is our own`);
    relation.remoteAppData = { ...relation.remoteAppData, ...step.remoteAppData };
  }
  const departing = kind === 'relation-departed' ? (step.departingUnit ?? remoteUnit) : undefined;
  // Juju no longer lists the departing unit during relation-departed, nor any unit in relation-broken.
  if (departing !== undefined) delete relation.remoteUnits[departing];
  if (kind === 'relation-broken') relation.remoteUnits = {};
  const afterSuccess = kind === 'relation-broken' ? (s: JujuState) => void (s.relations = s.relations.filter((r) => r.id !== relation.id)) : undefined;
  return {
    state,
    event: { path, relationId: relation.id, relationName: endpoint, remoteApp: relation.remoteApp, remoteUnit, departingUnit: departing },
    afterSuccess,
  };
}

function secretStep(meta: CharmMeta, input: JujuState, step: SimStep, path: string): PreparedStep {
  const key = step.secret ?? (step.secretSpec !== undefined ? secretSpecKey(step.secretSpec) : '');
  let state = input;
  let secret = state.secrets.find((s) => s.id === key || s.label === key || s.id.endsWith(`/${key.replace(/^secret:/, '')}`));
  if (secret === undefined) {
    if (step.secretContent === undefined) {
      const known = state.secrets.map((s) => s.label ?? s.id).join(', ') || 'none';
      throw new CliError(`no secret "${key}" in the state file (secrets: ${known}); add --secret-content k=v to create it`);
    }
    const owner = path === 'hooks/secret-changed' ? undefined : ('app' as const);
    const byId = key.startsWith('secret:') ? { id: key } : { label: key };
    state = createJujuState({ ...state, secrets: [...state.secrets, { ...byId, owner, content: { ...step.secretContent } }] }, meta);
    secret = state.secrets[state.secrets.length - 1];
  } else if (step.secretContent !== undefined) {
    const revision = Math.max(...secret.revisions.map((r) => r.revision)) + 1;
    secret.revisions.push({ revision, content: { ...step.secretContent } });
  }
  const latest = Math.max(...(secret?.revisions.map((r) => r.revision) ?? [1]));
  const withRevision = path === 'hooks/secret-remove' || path === 'hooks/secret-expired';
  return {
    state,
    event: { path, secretId: secret?.id, secretLabel: secret?.label, secretRevision: withRevision ? (step.secretRevision ?? latest) : undefined },
  };
}
