import type { CharmMeta, ConfigOptionMeta } from '@jujuts/ops/internal';
import type { UnitIdentity } from './state-conversion';
import type { State } from './state-types';

const CONFIG_TYPES: Record<ConfigOptionMeta['type'], (v: unknown) => boolean> = {
  string: (v) => typeof v === 'string',
  secret: (v) => typeof v === 'string',
  int: (v) => typeof v === 'number' && Number.isInteger(v),
  float: (v) => typeof v === 'number' && Number.isFinite(v),
  boolean: (v) => typeof v === 'boolean',
};

const declared = (names: Readonly<Record<string, unknown>> | readonly string[]): string => {
  const list = Array.isArray(names) ? names : Object.keys(names);
  return list.length > 0 ? list.join(', ') : 'none';
};

/** Problems of the State itself against the charm's metadata (and, when given, the unit it runs as), each with its fix. */
export function checkState(state: State, meta: CharmMeta, unit?: UnitIdentity): string[] {
  const out = [...checkConfig(state, meta), ...checkRelations(state, meta), ...checkContainers(state, meta), ...checkOthers(state, meta)];
  if (unit) out.push(...checkPeers(state, unit));
  return out;
}

function checkPeers(state: State, unit: UnitIdentity): string[] {
  const out: string[] = [];
  for (const r of state.relations) {
    if (!r.peer) continue;
    const name = `peer relation ${r.endpoint}:${r.id}`;
    for (const peer of Object.keys(r.remoteUnits)) {
      if (peer === unit.unitName) out.push(`${name}: ${peer} is this unit itself; list only the other units of ${unit.appName} as peers`);
      else if (!peer.startsWith(`${unit.appName}/`)) out.push(`${name}: ${peer} is not a unit of ${unit.appName}; peers are units of our own application, ${unit.appName}/<n>`);
    }
  }
  return out;
}

function checkConfig(state: State, meta: CharmMeta): string[] {
  const out: string[] = [];
  for (const [name, value] of Object.entries(state.config)) {
    const option = meta.config[name];
    if (!option) {
      out.push(`config option "${name}" is not declared in charmcraft.yaml (declared: ${declared(meta.config)}); remove it from the State's config or declare it under config.options`);
    } else if (!CONFIG_TYPES[option.type](value)) {
      out.push(`config option "${name}" is of type ${option.type} but the State gives ${JSON.stringify(value)} (${typeof value}); give a ${option.type} value`);
    }
  }
  return out;
}

function checkRelations(state: State, meta: CharmMeta): string[] {
  const out: string[] = [];
  const ids = new Set<number>();
  for (const r of state.relations) {
    const name = `relation ${r.endpoint}:${r.id}`;
    if (ids.has(r.id)) out.push(`${name}: another relation has id ${r.id}; give each relation its own id (or let relation() choose)`);
    ids.add(r.id);
    const endpoint = meta.relations[r.endpoint];
    if (!endpoint) {
      out.push(`${name}: charmcraft.yaml declares no endpoint "${r.endpoint}" (declared: ${declared(meta.relations)}); fix the endpoint name or declare it`);
      continue;
    }
    if (endpoint.role === 'peers' && !r.peer) out.push(`${name}: "${r.endpoint}" is a peer endpoint; build it with peerRelation('${r.endpoint}')`);
    if (endpoint.role !== 'peers' && r.peer) out.push(`${name}: "${r.endpoint}" is a ${endpoint.role} endpoint, not a peer one; build it with relation('${r.endpoint}')`);
    if (r.peer && Object.keys(r.remoteAppData).length > 0) {
      out.push(`${name}: a peer relation has no remote application bag; put the shared data in localAppData`);
    }
    if (endpoint.scope === 'container' && !r.subordinate) out.push(`${name}: "${r.endpoint}" has scope: container; build it with subordinateRelation('${r.endpoint}')`);
    if (r.subordinate && Object.keys(r.remoteUnits).length !== 1) {
      out.push(`${name}: a subordinate relation joins exactly one principal unit, the State gives ${Object.keys(r.remoteUnits).length}; give one remote unit`);
    }
    const prefix = r.peer ? undefined : `${r.remoteApp}/`;
    const strangers = prefix === undefined ? [] : Object.keys(r.remoteUnits).filter((u) => !u.startsWith(prefix));
    if (strangers.length > 0) out.push(`${name}: remote units ${strangers.join(', ')} do not belong to the remote application "${r.remoteApp}"; name them ${r.remoteApp}/<n>`);
  }
  return out;
}

function checkContainers(state: State, meta: CharmMeta): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const c of state.containers) {
    if (seen.has(c.name)) out.push(`container "${c.name}" appears twice in the State; keep one`);
    seen.add(c.name);
    if (!meta.containers[c.name]) out.push(`container "${c.name}" is not declared in charmcraft.yaml (declared: ${declared(meta.containers)}); fix the name or declare it under containers`);
    const services = new Set(Object.values(c.layers).flatMap((l) => Object.keys(l.services ?? {})));
    for (const s of Object.keys(c.serviceStatuses)) {
      if (!services.has(s)) out.push(`container "${c.name}": service "${s}" has a status but no layer defines it; add a layer with the service or drop the status`);
    }
    const checks = new Set(Object.values(c.layers).flatMap((l) => Object.keys(l.checks ?? {})));
    for (const k of c.checks) {
      if (!checks.has(k.name)) out.push(`container "${c.name}": check "${k.name}" has a status but no layer defines it; add the check to a layer`);
    }
    for (const path of Object.keys(c.filesystem)) {
      if (!path.startsWith('/')) out.push(`container "${c.name}": file path "${path}" is not absolute; start it with /`);
    }
  }
  if (state.containers.length > 0 && state.model.type !== 'kubernetes') {
    out.push(`the State has containers but its model is a ${state.model.type} model; containers exist only on Kubernetes: set model: { type: 'kubernetes' }`);
  }
  return out;
}

function checkOthers(state: State, meta: CharmMeta): string[] {
  const out: string[] = [];
  const storages = new Set<string>();
  for (const s of state.storages) {
    const id = `${s.name}/${s.index}`;
    if (!meta.storages[s.name]) out.push(`storage ${id}: charmcraft.yaml declares no storage "${s.name}" (declared: ${declared(meta.storages)})`);
    if (storages.has(id)) out.push(`storage ${id} appears twice in the State; give the second one another index: storage('${s.name}', { index: 1 })`);
    storages.add(id);
  }
  for (const name of Object.keys(state.resources)) {
    if (!meta.resources[name]) out.push(`resource "${name}" is not declared in charmcraft.yaml (declared: ${declared(meta.resources)})`);
  }
  const bindings = new Set([...Object.keys(meta.relations), ...meta.extraBindings]);
  for (const name of Object.keys(state.networks)) {
    if (!bindings.has(name)) out.push(`network "${name}" is neither an endpoint nor an extra-binding of the charm (known: ${declared([...bindings])}); fix the binding name`);
  }
  const secrets = new Set<string>();
  for (const s of state.secrets) {
    if (secrets.has(s.id)) out.push(`secret ${s.id} appears twice in the State; keep one`);
    secrets.add(s.id);
    if (!s.revisions.some((r) => r.revision === s.trackedRevision)) {
      out.push(`secret ${s.id}: trackedRevision ${s.trackedRevision} is not one of its revisions (${s.revisions.map((r) => r.revision).join(', ')})`);
    }
    if (s.rotates !== undefined && Number.isNaN(Date.parse(s.rotates))) {
      out.push(`secret ${s.id}: rotates "${s.rotates}" is not an RFC 3339 time; give one like '2030-01-01T00:00:00Z', or leave it out`);
    }
  }
  if (state.plannedUnits < 1) out.push(`plannedUnits is ${state.plannedUnits}; an application with a running unit plans at least 1`);
  return out;
}
