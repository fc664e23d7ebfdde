import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { charmMetaToJson, loadCharmMeta } from '@jujuts/ops/internal';
import { readPebbleState, readStateFile, type FakeJujuDocument, type PebbleSnapshot } from '@jujuts/testing';
import { buildCharm, simCharm } from '../../src';
import { readScenario } from '../../src/sim';
import { captureIo } from '../fixtures/capture-io';
import { makeTempDir, removeTempDirs } from '../fixtures/temp-dir';

const ROOT = resolve(__dirname, '..', '..', '..', '..');
const EXAMPLES = join(ROOT, 'examples');

afterAll(removeTempDirs);

// The examples import @jujuts/ops by package name, which resolves to its dist/:
// `npm test` builds it before jest; build it here if a fresh checkout has none.
beforeAll(() => {
  const built = ['ops', 'testing'].every((p) => existsSync(join(ROOT, 'packages', p, 'dist', 'index.d.ts')));
  if (!built) execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-b'], { cwd: ROOT, stdio: 'ignore' });
}, 180_000);

/** What running one example's demo scenario left behind. */
interface ScenarioRun {
  readonly stepCount: number;
  readonly exitCodes: readonly (number | null)[];
  /** One report per hook run, in order, each starting with `▶ hooks/…` or `▶ actions/…`. */
  readonly reports: readonly string[];
  readonly doc: FakeJujuDocument;
  readonly pebble: Readonly<Record<string, PebbleSnapshot>>;
}

/** Builds the example as `jujuts build` does, then runs its demo-scenario.yaml with a state file in a temp dir. */
async function runExampleScenario(name: string): Promise<ScenarioRun> {
  const exampleDir = join(EXAMPLES, name);
  const build = captureIo(exampleDir);
  // The same metadata renderer as the `build` command, so the unit reads build/meta.json.
  await buildCharm({ metaJson: (dir) => charmMetaToJson(loadCharmMeta(dir)) }, build);
  const work = makeTempDir(`jujuts-scenario-${name}-`);
  const stateFile = join(work, 'state.json');
  const steps = readScenario(join(exampleDir, 'demo-scenario.yaml'), `${name}/demo-scenario.yaml`);
  const io = captureIo(work);
  const { exitCodes } = await simCharm({ charm: exampleDir, stateFile, steps, keepGoing: true }, io);
  const reports = io.out().split(/^(?=▶ )/m).filter((r) => r.startsWith('▶ '));
  return { stepCount: steps.length, exitCodes, reports, doc: readStateFile(stateFile), pebble: readPebbleState(stateFile) };
}

/** The report of the first hook or action run at `path` (`hooks/install`, `actions/restart`). */
function report(run: ScenarioRun, path: string): string {
  const found = run.reports.find((r) => r.startsWith(`▶ ${path}`));
  if (found === undefined) throw new Error(`no report for ${path}; ran: ${run.reports.map((r) => r.split('\n')[0]).join(', ')}`);
  return found;
}

type Check = readonly [title: string, check: (run: ScenarioRun) => void];

/** The key outcomes of each example's scenario: every example with a demo-scenario.yaml needs a row. */
const OUTCOMES: Record<string, readonly Check[]> = {
  'webapp-k8s': [
    ['ends active, serving on the configured port', (run) => expect(run.doc.state.unitStatus).toEqual({ status: 'active', message: 'serving on :8081' })],
    ['publishes the URL in the website app bag', (run) => expect(run.doc.state.relations[0]?.localAppData['url']).toBe(JSON.stringify('http://webapp-k8s.test-model.svc.cluster.local:8081'))],
    ['leaves the webapp service running in Pebble', (run) => expect(run.pebble['web']?.services).toEqual({ webapp: 'active' })],
    ['reports the restart action results', (run) => expect(report(run, 'actions/restart')).toContain('action results: {"service":"webapp","reason":"demo","restarts":"1"}')],
  ],
  'db-provider': [
    ['answers the request with the database and a credentials secret', (run) => {
      const changed = report(run, 'hooks/database-relation-changed');
      expect(changed).toContain('+database="\\"orders\\""');
      expect(changed).toMatch(/\$ secret-grant secret:\w+ -r database:1/);
    }],
    ['rotates the password as the leader', (run) => expect(report(run, 'actions/rotate-password')).toContain('action results: {"rotated":"database:1"}')],
    ['ends active with no relation left, its secret removed', (run) => {
      expect(run.doc.state.unitStatus).toEqual({ status: 'active', message: 'serving 0 database relation(s)' });
      expect(run.doc.state.relations).toEqual([]);
      expect(run.doc.state.secrets).toEqual([]);
    }],
  ],
  'db-requirer': [
    ['asks the provider for its database', (run) => expect(report(run, 'hooks/database-relation-created')).toContain('relation database:1 app bag: +database="\\"app\\""')],
    ['connects with the granted secret', (run) => expect(report(run, 'hooks/database-relation-changed')).toContain('→ active (connected to app at 10.1.1.1:5432)')],
    ['shows the connection, without the password', (run) => {
      const shown = report(run, 'actions/show-connection');
      expect(shown).toContain('action results: {"endpoints":"10.1.1.1:5432","username":"relation_1","database":"app"}');
      expect(shown).not.toContain('demo-password');
    }],
    ['ends blocked once the relation is broken', (run) => expect(run.doc.state.unitStatus).toEqual({ status: 'blocked', message: 'needs a database relation' })],
  ],
  'machine-app': [
    ['ends active on the moved port, with only that port open', (run) => {
      expect(run.doc.state.unitStatus).toEqual({ status: 'active', message: 'machine-app on :9090' });
      expect(run.doc.state.openedPorts).toEqual([expect.objectContaining({ protocol: 'tcp', port: 9090 })]);
    }],
    ['tells the peers the new port in the cluster app bag', (run) => expect(run.doc.state.relations[0]?.localAppData['port']).toBe('9090')],
    ['reports the peers and ports in the status-report action', (run) => {
      const results = report(run, 'actions/status-report');
      expect(results).toContain('"ports":"9090/tcp"');
      expect(results).toContain('"units":"machine-app/1"');
    }],
  ],
};

const withScenario = readdirSync(EXAMPLES).filter((name) => existsSync(join(EXAMPLES, name, 'demo-scenario.yaml')));

describe('the examples’ demo scenarios', () => {
  it('are found', () => {
    expect(withScenario.length).toBeGreaterThan(0);
  });

  describe.each(withScenario)('%s', (name) => {
    let run: ScenarioRun;
    beforeAll(async () => {
      run = await runExampleScenario(name);
    }, 180_000);

    it('runs every step, each hook exiting 0', () => {
      expect(run.exitCodes).toHaveLength(run.stepCount);
      expect(run.reports).toHaveLength(run.stepCount);
      const failed = run.reports.filter((_, i) => run.exitCodes[i] !== 0);
      expect(failed).toEqual([]);
    });

    it('has its key outcomes checked here', () => {
      expect(OUTCOMES[name]?.length ?? 0).toBeGreaterThan(0);
    });

    it.each(OUTCOMES[name] ?? [])('%s', (_title, check) => check(run));
  });
});
