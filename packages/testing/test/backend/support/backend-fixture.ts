import { InMemoryBackend } from '../../../src/backend';
import { createJujuState, FakeJuju, type JujuStateInput } from '../../../src/juju';

/** A secret our application owns in {@link backendOver}'s default state. */
export const OWNED_SECRET = 'secret:d0000000000000000001';

/** An in-memory backend in a running hook over a fake Juju: unit app/0 in relation db:3, storage `data`, an owned secret. */
export function backendOver(input: JujuStateInput = {}): { juju: FakeJuju; backend: InMemoryBackend } {
  const juju = new FakeJuju(
    createJujuState({
      unitName: 'app/0',
      relations: [{ endpoint: 'db', id: 3, remoteApp: 'pg', localUnitData: { mine: 'u' } }],
      storages: [{ name: 'data' }],
      secrets: [{ id: OWNED_SECRET, owner: 'app', label: 'owned', content: { token: 't' } }],
      ...input,
    }),
  );
  juju.beginHook();
  return { juju, backend: new InMemoryBackend(juju) };
}

/** How a call was refused: the error class and message, and the commands it recorded on the fake (none, when refused early). */
export interface Refusal {
  readonly error: string;
  readonly message: string;
  readonly recorded: string[];
}

/** Runs `call` on the fake and describes its refusal; fails the test if the call succeeds. */
export function refusalOf(juju: FakeJuju, call: () => unknown): Refusal {
  const before = juju.outputs.commands.length;
  try {
    call();
  } catch (err) {
    const { constructor, message } = err as Error;
    return { error: constructor.name, message, recorded: recordedSince(juju, before) };
  }
  throw new Error(
    `expected the call to be refused, but it succeeded (recorded: ${recordedSince(juju, before).join(', ')})`,
  );
}

function recordedSince(juju: FakeJuju, from: number): string[] {
  return juju.outputs.commands.slice(from).map((c) => c.command);
}
