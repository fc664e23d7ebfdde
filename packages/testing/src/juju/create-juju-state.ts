import type { CharmMeta } from '@jujuts/ops/internal';
import { defaultNetwork, defaultUnitBag } from './default-network';
import type { JujuState, ModelState, RelationState, SecretState, StorageState } from './juju-state';
import { newSecretId } from './secret-id';
import { nextRotateTime } from './secret-rules';

/** A relation for {@link createJujuState}: only the endpoint is required. */
export type RelationInput = Partial<RelationState> & { endpoint: string };

/** A secret for {@link createJujuState}: give `content` for a one-revision secret, or `revisions`. */
export type SecretInput = Partial<SecretState> & { content?: Record<string, string> };

/** A storage instance for {@link createJujuState}: only the name is required. */
export type StorageInput = Partial<StorageState> & { name: string };

/** What {@link createJujuState} accepts: any part of a {@link JujuState}. */
export type JujuStateInput = Partial<Omit<JujuState, 'model' | 'relations' | 'secrets' | 'storages'>> & {
  model?: Partial<ModelState>;
  relations?: RelationInput[];
  secrets?: SecretInput[];
  storages?: StorageInput[];
};

/** The model uuid used when a test gives none; fixed so outputs are reproducible. */
export const DEFAULT_MODEL_UUID = '00000000-0000-4000-8000-000000000000';

/**
 * Build a complete {@link JujuState} from the parts a test cares about.
 * With `meta`, config defaults are applied, relations get their interface
 * and peer flag from the charm's endpoints (an undeclared endpoint throws),
 * and every binding gets a default network.
 */
export function createJujuState(input: JujuStateInput = {}, meta?: CharmMeta): JujuState {
  const unitName = input.unitName ?? `${meta?.name ?? 'app'}/0`;
  if (!/^[a-z][a-z0-9-]*\/\d+$/.test(unitName)) {
    throw new Error(
      `unitName "${unitName}" is not a Juju unit name: use <application>/<number>, for example web/0`,
    );
  }
  const appName = unitName.split('/')[0] ?? unitName;
  const model: ModelState = {
    name: 'test-model',
    uuid: DEFAULT_MODEL_UUID,
    type: 'kubernetes',
    ...input.model,
  };
  const relations = assignRelationIds(input.relations ?? []).map((r) =>
    completeRelation(r, appName, model.uuid, meta),
  );
  return {
    model,
    unitName,
    leader: input.leader ?? false,
    config: { ...configDefaults(meta), ...input.config },
    relations,
    secrets: (input.secrets ?? []).map(completeSecret),
    openedPorts: input.openedPorts ?? [],
    storages: completeStorages(input.storages ?? [], meta),
    networks: { ...defaultNetworks(meta, relations), ...input.networks },
    resources: input.resources ?? {},
    unitStatus: input.unitStatus ?? { status: 'unknown', message: '' },
    appStatus: input.appStatus ?? { status: 'unknown', message: '' },
    workloadVersion: input.workloadVersion ?? '',
    stateStore: input.stateStore ?? {},
    plannedUnits: input.plannedUnits ?? 1,
    ...(input.credential !== undefined ? { credential: input.credential } : {}),
    ...(input.actionParams !== undefined ? { actionParams: input.actionParams } : {}),
  };
}

function configDefaults(meta: CharmMeta | undefined): JujuState['config'] {
  const defaults: JujuState['config'] = {};
  for (const option of Object.values(meta?.config ?? {})) {
    if (option.default !== undefined) defaults[option.name] = option.default;
  }
  return defaults;
}

function assignRelationIds(inputs: RelationInput[]): Array<RelationInput & { id: number }> {
  let next = Math.max(0, ...inputs.map((r) => (r.id ?? -1) + 1));
  return inputs.map((r) => ({ ...r, id: r.id ?? next++ }));
}

function completeRelation(
  input: RelationInput & { id: number },
  appName: string,
  modelUuid: string,
  meta: CharmMeta | undefined,
): RelationState {
  const declared = meta?.relations[input.endpoint];
  if (meta && !declared) {
    const names = Object.keys(meta.relations).join(', ') || 'none';
    throw new Error(
      `relation ${input.endpoint}:${input.id}: charm ${meta.name} declares no endpoint "${input.endpoint}" (declared: ${names})`,
    );
  }
  const peer = input.peer ?? declared?.role === 'peers';
  const remoteApp = input.remoteApp ?? (peer ? appName : 'remote');
  return {
    id: input.id,
    endpoint: input.endpoint,
    interface: input.interface ?? declared?.interface ?? input.endpoint,
    remoteApp,
    remoteUnits: input.remoteUnits ?? (peer ? {} : { [`${remoteApp}/0`]: {} }),
    localUnitData: input.localUnitData ?? defaultUnitBag(),
    localAppData: input.localAppData ?? {},
    remoteAppData: input.remoteAppData ?? {},
    peer,
    subordinate: input.subordinate ?? declared?.scope === 'container',
    remoteModelUuid: input.remoteModelUuid ?? modelUuid,
    // Only when given: the state file is JSON, and an absent network means "the binding's".
    ...(input.network !== undefined ? { network: input.network } : {}),
  };
}

function completeSecret(input: SecretInput): SecretState {
  const { content, ...rest } = input;
  const revisions = input.revisions ?? (content ? [{ revision: 1, content }] : []);
  if (revisions.length === 0)
    throw new Error(`secret ${input.id ?? input.label ?? '(new)'}: give it content or revisions`);
  const latest = Math.max(...revisions.map((r) => r.revision));
  // As Juju sets it when a policy is given: one interval from now (the State builder does the same).
  const rotates = input.rotates ?? nextRotateTime(input.rotate, new Date());
  return {
    ...rest,
    id: input.id ?? newSecretId(),
    revisions,
    trackedRevision: input.trackedRevision ?? latest,
    grants: input.grants ?? {},
    ...(rotates === undefined ? {} : { rotates }),
  };
}

function completeStorages(inputs: StorageInput[], meta: CharmMeta | undefined): StorageState[] {
  const nextIndex = new Map<string, number>();
  return inputs.map((s) => {
    const index = s.index ?? nextIndex.get(s.name) ?? 0;
    nextIndex.set(s.name, Math.max(index + 1, nextIndex.get(s.name) ?? 0));
    const declared = meta?.storages[s.name];
    return {
      name: s.name,
      index,
      location: s.location ?? declared?.location ?? `/var/lib/juju/storage/${s.name}/${index}`,
      kind: s.kind ?? declared?.type ?? 'filesystem',
    };
  });
}

function defaultNetworks(meta: CharmMeta | undefined, relations: RelationState[]): JujuState['networks'] {
  const bindings = [
    ...Object.keys(meta?.relations ?? {}),
    ...(meta?.extraBindings ?? []),
    ...relations.map((r) => r.endpoint),
  ];
  return Object.fromEntries(bindings.map((b) => [b, defaultNetwork()]));
}
