import {
  createJujuState,
  FakeJuju,
  InMemoryBackend,
  type CommandRecord,
  type FakeJujuDocument,
  type HookInfo,
  type JujuStateInput,
} from '@jujuts/testing';
import { HookCmdUnit } from '../../../../../test-support/hook-cmd-unit';
import type { ModelBackend } from '../../../src/backend';

/** Which backend a contract scenario runs on. */
export type BackendKind = 'hook-commands' | 'in-memory';

/** One unit as a contract scenario drives it, whichever backend is underneath. */
export interface ContractUnit {
  readonly kind: BackendKind;
  /** Starts a hook: a fresh backend with empty caches. */
  beginHook(info?: HookInfo): ModelBackend;
  /** Ends the hook: Juju commits its transactional changes only if it succeeded. */
  endHook(success: boolean): void;
  /** The unit's Juju state, pending changes and outputs as they are now. */
  document(): FakeJujuDocument;
}

/** The production backend over the stand-in hook commands (child processes, state file). */
export async function hookCommandsUnit(
  input: JujuStateInput,
): Promise<ContractUnit & { readonly stand: HookCmdUnit }> {
  const stand = await HookCmdUnit.create(createJujuState(input));
  return {
    kind: 'hook-commands',
    stand,
    beginHook: (info) => stand.beginHook(info),
    endHook: (success) => stand.endHook(success),
    document: () => stand.document(),
  };
}

/** The in-memory backend over a FakeJuju. */
export function inMemoryUnit(input: JujuStateInput): ContractUnit {
  const juju = new FakeJuju(createJujuState(input));
  return {
    kind: 'in-memory',
    beginHook: (info) => {
      juju.beginHook(info);
      return new InMemoryBackend(juju);
    },
    endHook: (success) => juju.endHook(success),
    document: () => juju.toDocument(),
  };
}

/** The same scenario's result on each backend. */
export interface BothResults<T> {
  readonly hookCommands: T;
  readonly inMemory: T;
}

/**
 * Runs `scenario` on a unit of each backend built from the same state and
 * returns both results, for the test to assert they are equal and right.
 */
export async function onBoth<T>(
  input: JujuStateInput,
  scenario: (unit: ContractUnit) => T,
): Promise<BothResults<T>> {
  const hookCommands = scenario(await hookCommandsUnit(input));
  const inMemory = scenario(inMemoryUnit(input));
  return { hookCommands, inMemory };
}

/**
 * The commands a unit ran, by name, without `juju-log`: the in-memory
 * backend keeps log lines in `outputs.logs` only, while the stand-in records
 * `juju-log` like any other command (both keep the same log lines).
 */
export function commandNames(doc: FakeJujuDocument, from = 0): string[] {
  return doc.outputs.commands
    .slice(from)
    .map((c: CommandRecord) => c.command)
    .filter((c) => c !== 'juju-log');
}

/** Each recorded command as `[command, ...args]`, for exact argv assertions on the stand-ins. */
export function argvs(doc: FakeJujuDocument, from = 0): string[][] {
  return doc.outputs.commands.slice(from).map((c) => [c.command, ...c.args]);
}
