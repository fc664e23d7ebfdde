import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { dispatchBench } from './dispatch-bench';
import { report, type Figures } from './lib/report';
import { scaleBench } from './scale-bench';
import { snapshotBench } from './snapshot-bench';
import { harnessUnitsBench, testingBench } from './testing-bench';

// The bench runs bundled from bench/.build/.
const ROOT = join(__dirname, '..', '..');
const quick = process.argv.includes('--quick');
const runs = quick ? 3 : 9;
/** The line a section's process ends with: its figures and notes as JSON. */
const RESULT_MARK = 'bench-section-result ';

interface SectionResult {
  figures: Figures;
  notes: string[];
}

type Section = (result: SectionResult) => Promise<void>;

function benchExample(): string {
  const example = [process.env['BENCH_EXAMPLE'] ?? 'webapp-k8s', 'hello'].map((e) => join(ROOT, 'examples', e)).find((d) => existsSync(join(d, 'charmcraft.yaml')));
  if (!example) throw new Error('no example charm to benchmark');
  return example;
}

const SECTIONS: Record<string, Section> = {
  async dispatch({ figures, notes }) {
    const example = benchExample();
    process.stdout.write(`• dispatch: ${example} (${runs} runs per hook)\n`);
    const d = await dispatchBench(example, runs);
    figures['node -e 0 (ms)'] = d.nodeBaselineMs;
    figures['node -e 0 peak RSS (MiB)'] = d.nodeBaselineRssKiB / 1024;
    figures['stand-in hook command (ms)'] = d.standInCommandMs;
    figures['bundle (KiB)'] = d.bundleKiB;
    figures['.charm (KiB)'] = d.charmKiB;
    figures['jujuts build (ms)'] = d.buildMs;
    figures['jujuts pack (ms)'] = d.packMs;
    for (const h of d.hooks) {
      figures[`${h.hook} (ms)`] = h.ms;
      figures[`${h.hook} with canned sh commands (ms)`] = h.msCannedCommands;
      figures[`${h.hook} with canned sh commands, ratio to node -e 0`] = h.msCannedCommands / d.nodeBaselineMs;
      figures[`${h.hook} peak RSS (MiB)`] = h.rssKiB / 1024;
      figures[`${h.hook} hook commands`] = h.commands;
    }
    notes.push(`dispatch example: ${d.example}; each figure a median of ${runs} runs; peak RSS from /usr/bin/time (largest process of the hook)`);
    for (const h of d.hooks) notes.push(`${h.hook} runs: ${h.commandNames.join(', ') || 'no hook commands'}`);
  },

  async snapshot({ figures }) {
    process.stdout.write('• startup snapshot: charm.js vs charm.blob (jujuts build --snapshot), interleaved\n');
    const s = await snapshotBench(benchExample(), runs);
    Object.assign(figures, { 'snapshot: node -e 0 (ms)': s.nodeBaselineMs, 'snapshot: load charm.js (ms)': s.bundleLoadMs, 'snapshot: load charm.blob (ms)': s.snapshotLoadMs, 'snapshot: blob (MiB)': s.blobMiB, 'snapshot: load charm-sea (ms)': s.seaLoadMs, 'snapshot: charm-sea (MiB)': s.seaMiB });
    for (const h of s.hooks) Object.assign(figures, { [`snapshot: ${h.hook} via charm.js (ms)`]: h.bundleMs, [`snapshot: ${h.hook} via charm.blob (ms)`]: h.snapshotMs });
  },

  async scale({ figures }) {
    process.stdout.write('• scale: relation-changed reading every unit bag (in-memory engine)\n');
    for (const s of await scaleBench([100, 1000, 10000], quick ? 3 : 5)) {
      figures[`relation-changed ${s.units} units (ms)`] = s.ms;
      figures[`relation-changed ${s.units} units heap (MiB)`] = s.heapMiB;
    }
  },

  async testing({ figures, notes }) {
    process.stdout.write('• testing throughput: Context, Harness, memory over 1,000 runs\n');
    Object.assign(figures, await testingBench());
    notes.push(`testing throughput: targets 200 Context runs < 300 ms, 200 Harness tests < 200 ms, Harness 10,000 units < 1 s and < 200 MiB, relation-changed with 10,000 units < 10 ms; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  },

  async 'harness-units'({ figures }) {
    process.stdout.write('• testing at scale: a Harness relation with 10,000 units added and updated one by one\n');
    Object.assign(figures, await harnessUnitsBench());
  },

  async pebble({ figures }) {
    process.stdout.write('• Pebble: round trips and file throughput against the server stand-in\n');
    // Plain JS over the built packages; required at run time (not bundled).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pebble = require(join(ROOT, 'bench', 'pebble.js')) as { runPebbleBench(): Promise<Record<string, number>> };
    for (const [name, value] of Object.entries(await pebble.runPebbleBench())) figures[`pebble: ${name}`] = value;
  },
};

/** Runs one section in this process and prints its result on the last line. */
async function runSection(name: string): Promise<void> {
  const section = SECTIONS[name];
  if (!section) throw new Error(`no bench section "${name}" (sections: ${Object.keys(SECTIONS).join(', ')})`);
  const result: SectionResult = { figures: {}, notes: [] };
  await section(result);
  process.stdout.write(`\n${RESULT_MARK}${JSON.stringify(result)}\n`);
}

/**
 * Runs every section in a process of its own. Why: sections share nothing
 * a user's process would, and in one process each inherits the heap and
 * JIT state the ones before it left (the 10,000-unit Harness figure spent
 * twice as long in garbage collection after the scale section).
 */
function runAll(): void {
  const figures: Figures = {};
  const notes: string[] = [];
  const flags = process.argv.slice(2).filter((a) => a === '--quick');
  for (const name of Object.keys(SECTIONS)) {
    const out = execFileSync(process.execPath, [...process.execArgv, __filename, '--section', name, ...flags], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 2 ** 20 });
    const at = out.lastIndexOf(RESULT_MARK);
    if (at < 0) throw new Error(`bench section ${name} printed no result`);
    process.stdout.write(out.slice(0, at).trimEnd() + '\n');
    const result = JSON.parse(out.slice(at + RESULT_MARK.length)) as SectionResult;
    Object.assign(figures, result.figures);
    notes.push(...result.notes);
  }
  notes.push('each section ran in a process of its own');
  const md = report(join(ROOT, 'bench', 'results'), figures, notes);
  process.stdout.write(`\n${md}\n`);
  if (process.argv.includes('--update-baseline')) {
    copyFileSync(join(ROOT, 'bench/results/latest.json'), join(ROOT, 'bench/results/baseline.json'));
    process.stdout.write('baseline updated: bench/results/baseline.json\n');
  }
}

const sectionAt = process.argv.indexOf('--section');
const done = sectionAt >= 0 ? runSection(process.argv[sectionAt + 1] ?? '') : Promise.resolve(runAll());
done.catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
