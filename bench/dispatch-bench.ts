import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCharmMeta, type CharmMeta } from '@jujuts/ops/internal';
import {
  createJujuState,
  FakeJuju,
  InMemoryPebble,
  installHookTools,
  runDispatchProcess,
  startPebbleServer,
  writeStateFile,
  type HookEventSpec,
} from '@jujuts/testing';
import { writeCannedTools } from './lib/canned-tools';
import { measureCommand } from './lib/measure-process';
import { median } from './lib/stats';

/** One hook's figures. */
export interface HookFigures {
  readonly hook: string;
  readonly ms: number;
  readonly rssKiB: number;
  readonly commands: number;
  /** The hook commands run, in order (juju-log included). */
  readonly commandNames: readonly string[];
  /** Wall time minus the stand-in commands' own cost. */
  readonly msWithoutCommands: number;
  /** Wall time with canned sh hook commands (a fork and exec each, like Juju's Go tools). */
  readonly msCannedCommands: number;
}

/** What the dispatch bench measured. */
export interface DispatchFigures {
  readonly example: string;
  readonly bundleKiB: number;
  readonly charmKiB: number;
  readonly buildMs: number;
  readonly packMs: number;
  readonly nodeBaselineMs: number;
  readonly nodeBaselineRssKiB: number;
  readonly standInCommandMs: number;
  readonly hooks: readonly HookFigures[];
}

// Bundled into bench/.build/.
const ROOT = join(__dirname, '..', '..');

/** Builds and packs the example with the real CLI (tsc + esbuild; zip), timing both. */
function buildExample(exampleDir: string, work: string): { buildDir: string; buildMs: number; packMs: number; charmKiB: number } {
  const cli = (...args: string[]): number => {
    const started = process.hrtime.bigint();
    execFileSync(process.execPath, [join(ROOT, 'packages/cli/dist/bin.js'), ...args], { cwd: exampleDir, stdio: 'ignore' });
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  const buildMs = cli('build');
  const packMs = cli('pack', '--output', work);
  const charm = readdirSync(work).find((f) => f.endsWith('.charm'));
  return { buildDir: join(exampleDir, 'build'), buildMs, packMs, charmKiB: charm ? Math.round(statSync(join(work, charm)).size / 1024) : 0 };
}

/** A hook of each family the example declares. */
function hooksFor(meta: CharmMeta): HookEventSpec[] {
  const hooks: HookEventSpec[] = [{ path: 'hooks/install' }, { path: 'hooks/config-changed' }];
  const rel = Object.values(meta.relations).find((r) => r.role !== 'peers');
  if (rel) hooks.push({ path: `hooks/${rel.name}-relation-changed`, relationId: 1, remoteUnit: 'remote/0' });
  const container = Object.keys(meta.containers)[0];
  if (container) hooks.push({ path: `hooks/${container}-pebble-ready`, workloadName: container });
  const action = Object.values(meta.actions)[0];
  if (action) hooks.push({ path: `actions/${action.name}`, params: {} });
  hooks.push({ path: 'hooks/update-status' });
  return hooks;
}

/** Runs each hook `runs` times as Juju would (a new process each) and reports medians. */
export async function dispatchBench(exampleDir: string, runs: number): Promise<DispatchFigures> {
  const work = mkdtempSync(join(tmpdir(), 'jujuts-bench-dispatch-'));
  const built = buildExample(exampleDir, work);
  const buildDir = built.buildDir;
  const meta = loadCharmMeta(exampleDir);
  const binDir = join(work, 'bin');
  await installHookTools(binDir);
  const cannedDir = join(work, 'canned-bin');
  const socketDir = join(work, 'pebble');
  const servers = await Promise.all(
    Object.keys(meta.containers).map(async (name) => {
      mkdirSync(join(socketDir, name), { recursive: true });
      return startPebbleServer(new InMemoryPebble(), join(socketDir, name, 'pebble.socket'));
    }),
  );
  const rel = Object.values(meta.relations).find((r) => r.role !== 'peers');
  const initial = createJujuState(
    {
      unitName: `${meta.name}/0`,
      leader: true,
      relations: rel ? [{ id: 1, endpoint: rel.name, remoteApp: 'remote', remoteUnits: { 'remote/0': { host: '10.1.1.1' } } }] : [],
    },
    meta,
  );
  const env = { JUJUTS_PEBBLE_SOCKET_DIR: socketDir };
  const relName = rel?.name ?? 'none';
  writeCannedTools(cannedDir, {
    'config-get': JSON.stringify(initial.config),
    'is-leader': 'true',
    'relation-ids': JSON.stringify(rel ? [`${relName}:1`] : []),
    'relation-list': `case "$*" in *--app*) echo '"remote"' ;; *) echo '["remote/0"]' ;; esac`,
    'relation-get': `case "$*" in *--app*) echo '{}' ;; *remote/0*) echo '{"host": "10.1.1.1"}' ;; *) echo '{}' ;; esac`,
    'opened-ports': '[]',
    'action-get': '{}',
    'status-get': '{"status": "unknown", "message": "", "status-data": {}}',
    'state-get': '{}',
    'secret-ids': 'null',
    'goal-state': '{"units": {}, "relations": {}}',
  });

  const statePath = join(work, 'state.json');
  writeStateFile(statePath, new FakeJuju(initial).toDocument());
  // A hook's environment, not this shell's: variables like NODE_EXTRA_CA_CERTS
  // add ~40 ms to every Node start and Juju sets none of them.
  const clean = { PATH: process.env['PATH'], HOME: process.env['HOME'] };
  const standIn = measureCommand([join(binDir, 'is-leader'), '--format=json'], runs, { ...clean, JUJUTS_SIM_STATE: statePath, JUJU_UNIT_NAME: `${meta.name}/0` });
  const baseline = measureCommand([process.execPath, '-e', '0'], runs, clean);

  const hooks: HookFigures[] = [];
  for (const event of hooksFor(meta)) {
    const times: number[] = [];
    const rss: number[] = [];
    let commands = 0;
    let commandNames: string[] = [];
    // Timed runs are plain (as Juju starts them); a few extra runs under
    // /usr/bin/time give the peak RSS without its fork counting in the time.
    for (let i = 0; i < runs + Math.min(runs, 3); i++) {
      const measureRss = i >= runs;
      const charmDir = join(work, `unit-${hooks.length}-${i}`);
      cpSync(buildDir, charmDir, { recursive: true, filter: (src) => !src.includes(`${buildDir}/tsc`) });
      copyFileSync(join(exampleDir, 'charmcraft.yaml'), join(charmDir, 'charmcraft.yaml'));
      const stateFile = join(charmDir, 'state.json');
      writeStateFile(stateFile, new FakeJuju(initial).toDocument());
      const dispatch = join(charmDir, 'dispatch');
      const run = await runDispatchProcess({
        command: measureRss ? ['/usr/bin/time', '-f', 'BENCH_RSS %M', dispatch] : [dispatch],
        charmDir,
        stateFile,
        binDir,
        event,
        env,
      });
      if (run.exitCode !== 0) throw new Error(`${event.path} exited ${String(run.exitCode)}: ${run.stderr}`);
      commands = run.commands.length;
      commandNames = run.commands.map((c) => c.command);
      if (!measureRss) {
        times.push(run.durationMs);
        continue;
      }
      const m = /BENCH_RSS (\d+)/.exec(run.stderr);
      if (m) rss.push(Number(m[1]));
    }
    const ms = median(times);
    const canned: number[] = [];
    for (let i = 0; i < runs; i++) {
      const charmDir = join(work, `canned-${hooks.length}-${i}`);
      cpSync(buildDir, charmDir, { recursive: true, filter: (src) => !src.includes(`${buildDir}/tsc`) });
      copyFileSync(join(exampleDir, 'charmcraft.yaml'), join(charmDir, 'charmcraft.yaml'));
      const stateFile = join(charmDir, 'state.json');
      writeStateFile(stateFile, new FakeJuju(initial).toDocument());
      const run = await runDispatchProcess({ command: [join(charmDir, 'dispatch')], charmDir, stateFile, binDir: cannedDir, event, env });
      if (run.exitCode !== 0) throw new Error(`${event.path} with canned commands exited ${String(run.exitCode)}: ${run.stderr}`);
      canned.push(run.durationMs);
    }
    hooks.push({
      hook: event.path,
      ms,
      rssKiB: median(rss),
      commands,
      commandNames,
      msWithoutCommands: Math.max(0, ms - commands * standIn.ms),
      msCannedCommands: median(canned),
    });
  }
  await Promise.all(servers.map((s) => s.close()));
  return {
    example: exampleDir.split('/').pop() ?? exampleDir,
    bundleKiB: Math.round(readFileSync(join(buildDir, 'charm.js')).length / 1024),
    charmKiB: built.charmKiB,
    buildMs: built.buildMs,
    packMs: built.packMs,
    nodeBaselineMs: baseline.ms,
    nodeBaselineRssKiB: baseline.rssKiB,
    standInCommandMs: standIn.ms,
    hooks,
  };
}
