import { assertRelationChanges, relationArg, type RelationRef } from '@jujuts/ops/internal';
import { findRelation } from '../juju/fake-relations';
import type { FakeJuju } from '../juju/fake-juju';
import { runFakeCommand } from './guard-fake-command';

const bagName = (isApp: boolean): string => (isApp ? 'app' : 'unit');

// ops's own `-r` formatter and checks refuse bad input before anything is recorded, as production does.

/** `relation-ids ENDPOINT` on the fake. */
export function relationIds(juju: FakeJuju, endpoint: string): number[] {
  const call = { command: 'relation-ids', args: [endpoint], subject: `endpoint ${endpoint}` };
  return runFakeCommand(juju, call, () => juju.relations.ids(endpoint));
}

/** `relation-list -r REL` on the fake. */
export function relationList(juju: FakeJuju, r: RelationRef): string[] {
  const call = {
    command: 'relation-list',
    args: ['-r', relationArg(r)],
    subject: `relation ${relationArg(r)}`,
  };
  return runFakeCommand(juju, call, () => juju.relations.list(r));
}

/** `relation-list -r REL --app` on the fake: null while the remote app is unknown. */
export function relationRemoteApp(juju: FakeJuju, r: RelationRef): string | null {
  const call = {
    command: 'relation-list',
    args: ['-r', relationArg(r), '--app'],
    subject: `relation ${relationArg(r)}`,
  };
  return runFakeCommand(juju, call, () => juju.relations.remoteApp(r) || null);
}

/** `relation-get -r REL [--app] - MEMBER` on the fake. */
export function relationGet(
  juju: FakeJuju,
  r: RelationRef,
  member: string,
  isApp: boolean,
): Record<string, string> {
  const call = {
    command: 'relation-get',
    args: ['-r', relationArg(r), ...(isApp ? ['--app'] : []), '-', member],
    subject: `the ${bagName(isApp)} databag of ${member} in relation ${relationArg(r)}`,
  };
  return runFakeCommand(juju, call, () => juju.relations.get(r, member, isApp));
}

/** Whether the fake knows relation `r` (as `-r` would accept it), without running a command. */
export function knowsRelation(juju: FakeJuju, r: RelationRef): boolean {
  try {
    findRelation(juju.view(), r);
    return true;
  } catch {
    return false;
  }
}

/** `relation-set -r REL [--app] --file -` on the fake; changes that are not strings are refused first, as production does. */
export function relationSet(
  juju: FakeJuju,
  r: RelationRef,
  changes: Readonly<Record<string, string>>,
  isApp: boolean,
): void {
  assertRelationChanges(r, changes);
  const call = {
    command: 'relation-set',
    args: ['-r', relationArg(r), ...(isApp ? ['--app'] : []), '--file', '-'],
    subject: `the ${bagName(isApp)} databag of relation ${relationArg(r)}`,
  };
  runFakeCommand(juju, call, () => juju.relations.set(r, changes, isApp));
}

/** `relation-model-get -r REL` on the fake. */
export function relationModelUuid(juju: FakeJuju, r: RelationRef): string {
  const call = {
    command: 'relation-model-get',
    args: ['-r', relationArg(r)],
    subject: `relation ${relationArg(r)}`,
  };
  return runFakeCommand(juju, call, () => juju.relations.modelUuid(r));
}
