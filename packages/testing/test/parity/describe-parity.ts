import type { CharmBase, CharmClass } from '@jujuts/ops/internal';
import type { ContextEvents, State } from '../../src/context';
import { canonical, type JujuVisible } from './juju-visible';
import { ParityUnit, type ParityStep, type StepViews } from './parity-unit';

/** A charm and the events to run it through, from a starting State. */
export interface ParityCase {
  readonly charmClass: CharmClass<CharmBase<object>>;
  readonly projectDir: string;
  readonly initial: State;
  readonly steps: (on: ContextEvents) => ParityStep[];
}

/** Runs the whole sequence both ways, step by step. */
export async function runParity(spec: ParityCase): Promise<StepViews[]> {
  const unit = new ParityUnit(spec.charmClass, spec.projectDir, spec.initial);
  await unit.start();
  try {
    const views: StepViews[] = [];
    for (const step of spec.steps(unit.on)) views.push(await unit.step(step));
    return views;
  } finally {
    unit.cleanup();
  }
}

/** One part of both views of every step, normalised, labelled by step so a failure names where the two diverged. */
function part(views: readonly StepViews[], pick: (v: JujuVisible) => unknown): { process: string[]; context: string[] } {
  const label = (v: StepViews, i: number, side: JujuVisible) => `#${i} ${v.step}: ${canonical(pick(side))}`;
  return { process: views.map((v, i) => label(v, i, v.process)), context: views.map((v, i) => label(v, i, v.context)) };
}

/**
 * The parity test family: after every step, what Juju can see of the unit
 * is the same whether the events ran through a Context or through the
 * charm's real dispatch in a child process.
 */
export function describeParity(name: string, spec: () => ParityCase, expectations: (views: () => readonly StepViews[]) => void = () => {}): void {
  describe(`parity: ${name}`, () => {
    let views: StepViews[] = [];
    beforeAll(async () => {
      views = await runParity(spec());
    }, 90_000);

    const same = (pick: (v: JujuVisible) => unknown) => {
      const { process, context } = part(views, pick);
      expect(process).toEqual(context);
    };

    describe('after every step, the Context and the real dispatch agree on', () => {
      it('unit and app status and the workload version', () => same((v) => [v.juju.unitStatus, v.juju.appStatus, v.juju.workloadVersion]));
      it('every relation databag', () => same((v) => v.juju.relations));
      it('opened ports', () => same((v) => v.juju.openedPorts));
      it('secrets', () => same((v) => v.juju.secrets));
      it("the rest of Juju's model of the unit", () => same((v) => v.juju));
      it('stored state and the deferred queue', () => same((v) => v.persisted));
      it('action results, logs and failure', () => same((v) => v.action ?? null));
      it('juju-log lines, with their levels', () => same((v) => v.logs));
      it('status and workload version histories', () => same((v) => [v.unitStatusHistory, v.appStatusHistory, v.workloadVersionHistory]));
      it('the Pebble plan and services', () => same((v) => v.pebble ?? null));
    });

    expectations(() => views);
  });
}
