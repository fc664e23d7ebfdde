import type { ModelBackend, RelationRef } from '../../src/backend';
import { Model } from '../../src/model';
import { makeContext, makeMeta } from '../model/support/fixtures';
import { commandNames, onBoth, type ContractUnit } from './support/contract-units';
import { webUnit } from './support/contract-state';
import { attempt, type Outcome } from './support/outcome';

type Bag = 'own unit' | 'own app' | 'remote unit' | 'remote app';
type Kind = 'peer' | 'non-peer';
const BAGS: readonly Bag[] = ['own unit', 'own app', 'remote unit', 'remote app'];
const KINDS: readonly Kind[] = ['non-peer', 'peer'];
const REL: Record<Kind, RelationRef> = {
  'non-peer': { endpoint: 'db', id: 3 },
  peer: { endpoint: 'cluster', id: 7 },
};
const REMOTE: Record<Kind, { unit: string; app: string }> = {
  'non-peer': { unit: 'pg/0', app: 'pg' },
  peer: { unit: 'web/1', app: 'web' },
};

/** One cell of the access matrix and what happened in it. */
interface Cell {
  readonly cell: string;
  readonly outcome: Outcome<unknown>;
  /** relation-get / relation-set commands the call itself ran. */
  readonly ran: readonly string[];
}

const relationCommands = (unit: ContractUnit): string[] =>
  commandNames(unit.document()).filter((c) => c.startsWith('relation-'));

function inCell(unit: ContractUnit, cell: string, call: () => unknown): Cell {
  const before = relationCommands(unit).length;
  const outcome = attempt(call);
  return { cell, outcome, ran: relationCommands(unit).slice(before) };
}

// The backend reads any bag by name; writes name no bag (there is no wire syntax for another's), so only ours.
function backendMatrix(unit: ContractUnit): Cell[] {
  const cells: Cell[] = [];
  const reader = unit.beginHook();
  for (const kind of KINDS) {
    const members: Record<Bag, [string, boolean]> = {
      'own unit': ['web/0', false],
      'own app': ['web', true],
      'remote unit': [REMOTE[kind].unit, false],
      'remote app': [REMOTE[kind].app, true],
    };
    for (const bag of BAGS) {
      const [member, isApp] = members[bag];
      cells.push(inCell(unit, `${kind} ${bag} read`, () => reader.relationGet(REL[kind], member, isApp)));
    }
    for (const bag of ['own unit', 'own app'] as const) {
      // A fresh hook per write: the production backend sends at commit, and a refused bag stays pending.
      const writer: ModelBackend = unit.beginHook();
      cells.push(
        inCell(unit, `${kind} ${bag} write`, () => {
          writer.relationSet(REL[kind], { written: bag }, bag === 'own app');
          writer.commit();
        }),
      );
      unit.endHook(true);
    }
  }
  return cells;
}

// Through the model layer every cell is expressible; its access rules refuse before any command runs.
function modelMatrix(unit: ContractUnit): Cell[] {
  const backend = unit.beginHook();
  const model = new Model(backend, makeMeta(), makeContext({ unitName: 'web/0' }));
  const cells: Cell[] = [];
  for (const kind of KINDS) {
    const relation = model.getRelation(REL[kind].endpoint, REL[kind].id);
    if (!relation) throw new Error(`no relation ${REL[kind].endpoint}`);
    const entities = {
      'own unit': model.unit,
      'own app': model.app,
      'remote unit': model.getUnit(REMOTE[kind].unit),
      'remote app': relation.app,
    };
    for (const bag of BAGS) {
      const data = relation.data(entities[bag]);
      cells.push(inCell(unit, `${kind} ${bag} read`, () => data.toObject()));
      cells.push(inCell(unit, `${kind} ${bag} write`, () => data.set('written', bag)));
    }
  }
  backend.commit();
  unit.endHook(true);
  return cells;
}

function scenario(matrix: (unit: ContractUnit) => Cell[]) {
  return (unit: ContractUnit) => {
    const cells = matrix(unit);
    const { state, outputs } = unit.document();
    return {
      cells: cells.map(({ cell, outcome }) => ({ cell, outcome })),
      // What an allowed cell runs differs by design (the production backend caches reads and sends
      // writes at commit); what a refused one ran must not.
      ranWhenRefused: cells.filter((c) => !('ok' in c.outcome)).map((c) => [c.cell, ...c.ran]),
      bags: state.relations.map((r) => ({ unit: r.localUnitData, app: r.localAppData })),
      logs: outputs.logs,
    };
  };
}

/**
 * Juju's rules, written out: own unit bag read/write; own app bag read by the
 * leader or any peer, written by the leader; remote bags read-only. On a peer
 * relation the remote application is our own, so its bag is the own app bag.
 */
function allowed(leader: boolean, kind: Kind, bag: Bag, op: 'read' | 'write'): boolean {
  const effective = kind === 'peer' && bag === 'remote app' ? 'own app' : bag;
  if (effective === 'own unit') return true;
  if (effective === 'own app') return op === 'read' ? leader || kind === 'peer' : leader;
  return op === 'read';
}

function expectCells(
  cells: ReadonlyArray<Omit<Cell, 'ran'>>,
  leader: boolean,
  refusal: (cell: string) => Outcome<unknown>,
): void {
  for (const { cell, outcome } of cells) {
    const [kind, ...rest] = cell.split(' ') as [Kind, ...string[]];
    const op = rest.pop() as 'read' | 'write';
    const ok = allowed(leader, kind, rest.join(' ') as Bag, op);
    expect({ cell, outcome: 'ok' in outcome ? 'ok' : outcome }).toEqual({
      cell,
      outcome: ok ? 'ok' : refusal(cell),
    });
  }
}

const ourAppBag = (cell: string): string =>
  cell.startsWith('peer') ? 'relation cluster:7' : 'relation db:3';

describe.each([true, false])('the relation data access matrix (leader: %s)', (leader) => {
  describe('through the backend', () => {
    it("gives every cell the same outcome on both backends, as Juju's rules say", async () => {
      const { hookCommands, inMemory } = await onBoth(webUnit({ leader }), scenario(backendMatrix));
      expect(hookCommands).toEqual(inMemory);
      // 2 relation kinds × (4 bag reads + our 2 bag writes).
      expect(hookCommands.cells).toHaveLength(12);
      expectCells(hookCommands.cells, leader, (cell) => {
        const write = cell.endsWith('write');
        const subject = write
          ? `the app databag of ${ourAppBag(cell)}`
          : `the app databag of web in ${ourAppBag(cell)}`;
        return {
          error: 'RelationDataAccessError',
          command: write ? 'relation-set' : 'relation-get',
          exitCode: 1,
          stderr: 'ERROR permission denied',
          quotesJuju: true,
          message: `${write ? 'relation-set' : 'relation-get'}: Juju refused access to ${subject}: a unit may write only its own bag, and its application's bag only as leader (check unit.isLeader() first). Juju said: ERROR permission denied`,
        };
      });
      // The refusals come from Juju: the stand-in received the command and said no.
      expect(hookCommands.ranWhenRefused).toEqual(
        leader
          ? []
          : [
              ['non-peer own app read', 'relation-get'],
              ['non-peer own app write', 'relation-set'],
              ['peer own app write', 'relation-set'],
            ],
      );
      const refusals = hookCommands.ranWhenRefused.length;
      // Every refusal leaves a security log line, on both backends.
      expect(
        hookCommands.logs.filter((l) => l.level === 'WARNING' && l.message.startsWith('security: ')),
      ).toHaveLength(refusals);
      expect(hookCommands.bags).toEqual([
        {
          unit: { mine: 'u', written: 'own unit' },
          app: leader ? { ours: 'a', written: 'own app' } : { ours: 'a' },
        },
        {
          unit: { me: '0', written: 'own unit' },
          app: leader ? { shared: 's', written: 'own app' } : { shared: 's' },
        },
      ]);
    });
  });

  describe("through the model's RelationDataContent", () => {
    it('gives every cell the same outcome on both backends and refuses before any command runs', async () => {
      const { hookCommands, inMemory } = await onBoth(webUnit({ leader }), scenario(modelMatrix));
      expect(hookCommands).toEqual(inMemory);
      // 2 relation kinds × 4 bags × read/write: 16 cells per leadership, 32 in all.
      expect(hookCommands.cells).toHaveLength(16);
      // Refused cells ran nothing: each entry is the cell name alone.
      expect(hookCommands.ranWhenRefused.filter((ran) => ran.length > 1)).toEqual([]);
      expect(hookCommands.ranWhenRefused).toHaveLength(leader ? 3 : 7);
      expectCells(hookCommands.cells, leader, (cell) => ({
        error: 'RelationDataAccessError',
        command: undefined,
        message: expect.stringMatching(
          new RegExp(`^relation ${cell.startsWith('peer') ? 'cluster:7' : 'db:3'}: cannot (read|write) the `),
        ),
      }));
      const expectedBags = leader
        ? [
            { unit: { mine: 'u', written: 'own unit' }, app: { ours: 'a', written: 'own app' } },
            { unit: { me: '0', written: 'own unit' }, app: { shared: 's', written: 'remote app' } },
          ]
        : [
            { unit: { mine: 'u', written: 'own unit' }, app: { ours: 'a' } },
            { unit: { me: '0', written: 'own unit' }, app: { shared: 's' } },
          ];
      expect(hookCommands.bags).toEqual(expectedBags);
    });
  });
});
