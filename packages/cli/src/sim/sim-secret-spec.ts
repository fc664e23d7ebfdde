import type { CharmMeta } from '@jujuts/ops/internal';
import { createJujuState, type JujuState, type RelationState, type SecretState } from '@jujuts/testing';
import { CliError } from '../errors';

/**
 * A secret a scenario step puts in the unit's world before its hook (the
 * step's `secret:` mapping): one our application owns, or one another
 * application owns and has granted to us over a relation.
 */
export interface SimSecretSpec {
  /** `secret:<xid>`; a new id is made when absent. */
  readonly id?: string | undefined;
  /** This unit's label for it. */
  readonly label?: string | undefined;
  /** `app` or `unit` (ours, the default), or the remote application or unit that owns it. */
  readonly owner?: string | undefined;
  /** The relation it is granted over: `endpoint:id`, `endpoint` or `id`. */
  readonly grantedTo?: string | undefined;
  /** Its content: the first revision of a new secret, or a new revision of a known one. */
  readonly content?: Readonly<Record<string, string>> | undefined;
}

/** The spec's name in messages and its key for secret events: its id, else its label. */
export function secretSpecKey(spec: SimSecretSpec): string {
  return spec.id ?? spec.label ?? '';
}

/**
 * Adds the secret to the state, or a new revision of it when the state
 * already holds it (the unit keeps tracking the revision it had, as Juju
 * does until the charm refreshes). A grant names a relation of the state,
 * whose remote application must be the owner when the owner is remote.
 */
export function applySecretSpec(meta: CharmMeta, input: JujuState, spec: SimSecretSpec): JujuState {
  const shown = `secret ${secretSpecKey(spec) || '(no id or label)'}`;
  const owner = ourOwnership(input.unitName, spec.owner);
  const relation = spec.grantedTo === undefined ? undefined : grantRelation(input, spec.grantedTo, shown);
  if (owner === undefined && relation !== undefined && spec.owner?.split('/')[0] !== relation.remoteApp) {
    throw new CliError(`${shown} is owned by ${spec.owner ?? ''} but granted over ${relation.endpoint}:${relation.id}, whose remote application is ${relation.remoteApp}`);
  }
  const state = structuredClone(input);
  const known = state.secrets.find((s) => (spec.id !== undefined && s.id === spec.id) || (spec.label !== undefined && s.label === spec.label));
  if (known !== undefined) {
    if (spec.content !== undefined) known.revisions.push({ revision: Math.max(...known.revisions.map((r) => r.revision)) + 1, content: { ...spec.content } });
    if (owner !== undefined && relation !== undefined) addGrant(known, relation);
    return state;
  }
  if (spec.content === undefined) throw new CliError(`${shown} is not in the state file: give it content to add it`);
  const added = { id: spec.id, label: spec.label, owner, content: { ...spec.content } };
  const next = createJujuState({ ...state, secrets: [...state.secrets, added] }, meta);
  const secret = next.secrets[next.secrets.length - 1];
  if (owner !== undefined && relation !== undefined && secret !== undefined) addGrant(secret, relation);
  return next;
}

// Our app or unit own it (by keyword or name); any other name makes us an observer.
function ourOwnership(unitName: string, owner: string | undefined): SecretState['owner'] {
  if (owner === undefined || owner === 'app' || owner === unitName.split('/')[0]) return 'app';
  return owner === 'unit' || owner === unitName ? 'unit' : undefined;
}

function grantRelation(state: JujuState, grantedTo: string, shown: string): RelationState {
  const [endpoint, id] = /^\d+$/.test(grantedTo) ? [undefined, Number(grantedTo)] : [grantedTo.split(':')[0], grantedTo.includes(':') ? Number(grantedTo.split(':')[1]) : undefined];
  const matches = state.relations.filter((r) => (endpoint === undefined || r.endpoint === endpoint) && (id === undefined || r.id === id));
  const known = state.relations.map((r) => `${r.endpoint}:${r.id}`).join(', ') || 'none';
  if (matches.length !== 1 || matches[0] === undefined) {
    throw new CliError(`${shown}: granted-to ${grantedTo} must name one relation of the state (relations: ${known}); create it in an earlier step`);
  }
  return matches[0];
}

// Our secrets record who they are granted to; Juju lets the remote application read them.
function addGrant(secret: SecretState, relation: RelationState): void {
  const names = secret.grants[String(relation.id)] ?? [];
  if (!names.includes(relation.remoteApp)) secret.grants[String(relation.id)] = [...names, relation.remoteApp];
}
