import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { createHookCommandRunner, type HookCommandRunner } from '../../../src/hookcmds';

/** A secret content file the stand-in saw while it ran (it is gone by the time the test looks). */
export interface SeenFile {
  readonly path: string;
  readonly mode: number;
  readonly dirMode: number;
  readonly content: string;
}

/** One recorded run of a stand-in hook command. */
export interface StandInCall {
  readonly command: string;
  readonly argv: string[];
  readonly stdin: string;
  readonly files: Record<string, SeenFile>;
}

/** What a stand-in prints and how it exits. */
export interface StandInReply {
  readonly stdout?: string;
  readonly stderr?: string;
  readonly exitCode?: number;
}

const COMMANDS = [
  'config-get', 'relation-ids', 'relation-list', 'relation-get', 'relation-set', 'relation-model-get', 'is-leader',
  'status-get', 'status-set', 'application-version-set', 'action-get', 'action-set', 'action-log', 'action-fail',
  'juju-log', 'network-get', 'storage-list', 'storage-get', 'storage-add', 'resource-get', 'goal-state',
  'credential-get', 'open-port', 'close-port', 'opened-ports', 'secret-add', 'secret-get', 'secret-info-get',
  'secret-set', 'secret-grant', 'secret-revoke', 'secret-remove', 'secret-ids', 'state-get', 'state-set',
  'state-delete', 'juju-reboot',
];

// The recorder every stand-in runs: logs argv, stdin and any KEY#file=PATH files, then replies as told.
const SCRIPT = `#!/usr/bin/env node
const fs = require('fs');
const path = require('path');
const command = path.basename(process.argv[1]);
const argv = process.argv.slice(2);
const dir = process.env.JUJUTS_STANDIN_DIR;
let stdin = '';
try { stdin = fs.readFileSync(0, 'utf8'); } catch (e) {}
const files = {};
for (const arg of argv) {
  const m = /^([^#=]+)#file=(.*)$/.exec(arg);
  if (!m) continue;
  files[m[1]] = { path: m[2], mode: fs.statSync(m[2]).mode & 0o777, dirMode: fs.statSync(path.dirname(m[2])).mode & 0o777, content: fs.readFileSync(m[2], 'utf8') };
}
fs.appendFileSync(path.join(dir, 'calls.jsonl'), JSON.stringify({ command, argv, stdin, files }) + '\\n');
const file = path.join(dir, 'replies', command + '.json');
let reply = {};
if (fs.existsSync(file)) {
  const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (Array.isArray(saved)) { reply = saved.shift() || {}; fs.writeFileSync(file, JSON.stringify(saved)); } else reply = saved;
}
if (reply.stdout) process.stdout.write(reply.stdout);
if (reply.stderr) process.stderr.write(reply.stderr);
process.exitCode = reply.exitCode || 0;
`;

/** Recording stand-ins for every hook command, on the PATH of {@link StandIns.run}. */
export class StandIns {
  private readonly dir = mkdtempSync(join(tmpdir(), 'jujuts-standins-'));

  /** The default runner, with the stand-ins first on PATH (jest gives tests a copy of process.env, so it is passed explicitly). */
  readonly run: HookCommandRunner = createHookCommandRunner({
    env: { ...process.env, PATH: `${join(this.dir, 'bin')}${delimiter}${process.env['PATH'] ?? ''}`, JUJUTS_STANDIN_DIR: this.dir },
  });

  /** Writes the stand-ins. */
  install(): void {
    const bin = join(this.dir, 'bin');
    mkdirSync(bin);
    mkdirSync(join(this.dir, 'replies'));
    for (const command of COMMANDS) {
      writeFileSync(join(bin, command), SCRIPT);
      chmodSync(join(bin, command), 0o755);
    }
  }

  /** Removes every file. */
  uninstall(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Sets what `command` replies; a list is consumed one reply per call. */
  reply(command: string, reply: StandInReply | StandInReply[]): void {
    writeFileSync(join(this.dir, 'replies', `${command}.json`), JSON.stringify(reply));
  }

  /** Forgets recorded calls and replies. */
  reset(): void {
    rmSync(join(this.dir, 'calls.jsonl'), { force: true });
    rmSync(join(this.dir, 'replies'), { recursive: true, force: true });
    mkdirSync(join(this.dir, 'replies'));
  }

  /** Every call recorded since the last reset, in order. */
  calls(): StandInCall[] {
    const file = join(this.dir, 'calls.jsonl');
    if (!existsSync(file)) return [];
    return readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as StandInCall);
  }

  /** Each call as `[command, ...argv]`, the easiest shape to compare. */
  argvs(): string[][] {
    return this.calls().map((c) => [c.command, ...c.argv]);
  }
}

/** Installs stand-ins around the current describe block and resets them before each test. */
export function useStandIns(): StandIns {
  const standIns = new StandIns();
  beforeAll(() => standIns.install());
  afterAll(() => standIns.uninstall());
  beforeEach(() => standIns.reset());
  return standIns;
}

/** The JSON a command prints for `value`. */
export const json = (value: unknown): StandInReply => ({ stdout: `${JSON.stringify(value)}\n` });

/** A Juju failure: `ERROR <text>` on stderr, exit 1 (or 2 for usage errors). */
export const failure = (text: string, exitCode = 1): StandInReply => ({ stderr: `ERROR ${text}\n`, exitCode });
