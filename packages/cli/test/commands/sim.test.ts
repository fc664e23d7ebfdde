import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src';
import { buildTestCharm } from '../../../../test-support/build-test-charm';
import { captureIo, type CapturedIo } from '../fixtures/capture-io';
import { makeTempDir, removeTempDirs } from '../fixtures/temp-dir';

const FIXTURE = join(__dirname, '..', 'fixtures', 'sim-charm');

afterAll(removeTempDirs);
jest.setTimeout(60_000);

interface StateDoc {
  state: {
    unitName: string;
    config: Record<string, unknown>;
    leader: boolean;
    unitStatus: { status: string; message: string };
    relations: { id: number; endpoint: string; localUnitData: Record<string, string>; localAppData: Record<string, string>; remoteUnits: Record<string, unknown> }[];
    openedPorts: unknown[];
  };
  pebble?: Record<string, { services: Record<string, string> }>;
}

/** A temp dir with the built fixture charm; `sim` runs there with state.json. */
async function simWorld(): Promise<{ dir: string; charm: string; sim: (...args: string[]) => Promise<{ code: number; io: CapturedIo }>; state: () => StateDoc }> {
  const charm = await buildTestCharm(FIXTURE);
  const dir = makeTempDir('jujuts-sim-');
  const sim = async (...args: string[]) => {
    const io = captureIo(dir);
    const code = await runCli(['sim', charm, '--state', 'state.json', ...args], io);
    return { code, io };
  };
  return { dir, charm, sim, state: () => JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8')) as StateDoc };
}

describe('jujuts sim', () => {
  describe('when the state file is missing', () => {
    it('creates it for <charm>/0 with config defaults and runs the hook', async () => {
      const { sim, state } = await simWorld();
      const { code, io } = await sim('--event', 'install');
      expect(code).toBe(0);
      expect(io.out()).toContain('▶ hooks/install');
      expect(io.out()).toContain('exit 0: committed');
      expect(state().state.unitName).toBe('simmer/0');
      expect(state().state.config).toEqual({ port: 8080, motd: '' });
      expect(state().state.unitStatus).toEqual({ status: 'blocked', message: 'set motd' });
    });
  });

  describe('with --set-config', () => {
    it('sets typed config before the hook and reports ports, workload version and status', async () => {
      const { sim, state } = await simWorld();
      const { code, io } = await sim('--event', 'config-changed', '--set-config', 'port=9090', '--set-config', 'motd=hi');
      expect(code).toBe(0);
      expect(state().state.config).toMatchObject({ port: 9090, motd: 'hi' });
      expect(io.out()).toContain('ports: +9090/tcp');
      expect(io.out()).toContain('workload version: 1.2.3');
      expect(io.out()).toContain('unit status: unknown → active (hi)');
      expect(io.out()).toContain('log INFO: port 9090');
      expect(io.out()).toMatch(/\$ config-get/);
    });

    it('refuses a value of the wrong type in one line', async () => {
      const { sim } = await simWorld();
      const { code, io } = await sim('--event', 'config-changed', '--set-config', 'port=high');
      expect(code).toBe(1);
      expect(io.err().trim().split('\n')).toHaveLength(1);
      expect(io.err()).toContain('config option "port" is int: "high" is not one');
    });
  });

  describe('when the event is unknown', () => {
    it('lists the valid events of this charm in one line', async () => {
      const { sim } = await simWorld();
      const { code, io } = await sim('--event', 'db-relation-chnaged');
      expect(code).toBe(1);
      const line = io.err().trim();
      expect(line.split('\n')).toHaveLength(1);
      expect(line).toContain('unknown event "db-relation-chnaged"');
      expect(line).toContain('db-relation-changed');
      expect(line).toContain('web-pebble-ready');
      expect(line).toContain('data-storage-attached');
      expect(line).toContain('actions (--action NAME): backup, poke');
    });
  });

  describe('with --relation and --remote-unit', () => {
    it('creates the relation, runs the hook with it and shows the databag changes', async () => {
      const { sim, state } = await simWorld();
      const { code, io } = await sim('--event', 'db-relation-changed', '--relation', 'db:3', '--remote-unit', 'pg/1', '--leader', '--remote-data', 'host=pg1');
      expect(code).toBe(0);
      const rel = state().state.relations[0];
      expect(rel?.id).toBe(3);
      expect(rel?.remoteUnits['pg/1']).toEqual({ host: 'pg1' });
      expect(rel?.localUnitData['seen']).toBe('pg/1');
      expect(rel?.localAppData['ready']).toBe('yes');
      expect(io.out()).toContain('relation db:3 unit bag: +seen="pg/1"');
      expect(io.out()).toContain('relation db:3 app bag: +ready="yes"');
    });
  });

  describe('with --action and --param', () => {
    it('passes typed params with defaults and reports the results', async () => {
      const { sim } = await simWorld();
      const { code, io } = await sim('--action', 'backup', '--param', 'path=/tmp/x');
      expect(code).toBe(0);
      expect(io.out()).toContain('▶ actions/backup {"path":"/tmp/x","copies":1}');
      expect(io.out()).toContain('action results: {"path":"/tmp/x","copies":"1"}');
    });

    it('reports only the results of this action', async () => {
      const { sim } = await simWorld();
      await sim('--action', 'backup', '--param', 'path=/first', '--param', 'copies=2');
      const argv = JSON.stringify(['action-set', 'poked=yes']);
      const { io } = await sim('--action', 'poke', '--param', `argv=${argv}`);
      expect(io.out()).toContain('action results: {"poked":"yes"}');
    });

    it('refuses a missing required parameter as juju run does', async () => {
      const { sim } = await simWorld();
      const { code, io } = await sim('--action', 'backup');
      expect(code).toBe(1);
      expect(io.err()).toContain('action backup requires path: add --param path=VALUE');
    });
  });

  describe("when the charm breaks one of Juju's rules", () => {
    it("shows the stand-in's refusal, exit 1, and leaves the state untouched", async () => {
      const { sim, state } = await simWorld();
      await sim('--event', 'db-relation-created', '--relation', 'db:0');
      const before = state().state;
      const argv = JSON.stringify(['relation-set', '-r', '0', '--app', 'x=1']);
      const { code, io } = await sim('--action', 'poke', '--param', `argv=${argv}`);
      expect(code).toBe(1);
      expect(io.out()).toContain('$ relation-set -r 0 --app x=1');
      expect(io.out()).toMatch(/hook failed, Juju discards its changes/);
      expect(io.out()).toContain('stderr: ERROR permission denied');
      expect(state().state.relations).toEqual(before.relations);
    });
  });

  describe('for a charm with containers', () => {
    it('serves Pebble on a socket the charm reaches and keeps the plan for later hooks', async () => {
      const { sim, state } = await simWorld();
      const ready = await sim('--event', 'web-pebble-ready');
      expect(ready.code).toBe(0);
      expect(ready.io.out()).toContain('pebble web: web active (1 layer)');
      expect(state().pebble?.['web']?.services).toEqual({ web: 'active' });
      const later = await sim('--event', 'update-status');
      expect(later.io.out()).toContain('pebble web: web active (1 layer)');
    });

    it('keeps Pebble unreachable until the first pebble-ready, as on Kubernetes', async () => {
      const { sim, state } = await simWorld();
      const { code, io } = await sim('--event', 'install');
      expect(code).toBe(0);
      expect(io.out()).toContain('pebble web: not up yet (it answers from its first web-pebble-ready)');
      expect(state().pebble).toEqual({});
    });

    it("lists the Pebble changes the charm made in the hook", async () => {
      const { sim } = await simWorld();
      const { io } = await sim('--event', 'web-pebble-ready');
      expect(io.out()).toContain('pebble web change: Replan service "web" [Start service "web"]: Done');
    });

    it('refuses --workload naming another container', async () => {
      const { sim } = await simWorld();
      const { code, io } = await sim('--event', 'web-pebble-ready', '--workload', 'db');
      expect(code).toBe(1);
      expect(io.err()).toContain('--workload db does not match web-pebble-ready');
    });
  });

  describe('with --secret and --secret-content', () => {
    it('adds the secret to the state and runs secret-changed with its id', async () => {
      const { sim, state } = await simWorld();
      const { code, io } = await sim('--event', 'secret-changed', '--secret', 'db-pass', '--secret-content', 'password=s3cret');
      expect(code).toBe(0);
      expect(io.out()).toMatch(/log INFO: secret changed: secret:\w+/);
      expect(io.out()).not.toContain('s3cret');
      expect(JSON.stringify(state().state)).toContain('db-pass');
    });
  });

  describe('with --storage', () => {
    it('attaches the storage instance and names it in the event', async () => {
      const { sim } = await simWorld();
      const { code, io } = await sim('--event', 'data-storage-attached', '--storage', 'data/1');
      expect(code).toBe(0);
      expect(io.out()).toContain('log INFO: storage attached: data/1');
    });
  });

  describe('with --scenario', () => {
    it('runs the steps in order with one report each', async () => {
      const { dir, sim, state } = await simWorld();
      writeFileSync(
        join(dir, 'scenario.yaml'),
        ['- install', '- event: config-changed', '  config: { motd: hello }', '- event: db-relation-joined', '  relation: db:1', '  remote-unit: pg/0', '- action: backup', '  params: { path: /b }'].join('\n'),
      );
      const { code, io } = await sim('--scenario', 'scenario.yaml');
      expect(code).toBe(0);
      const order = ['hooks/install', 'hooks/config-changed', 'hooks/db-relation-joined', 'actions/backup'].map((p) => io.out().indexOf(`▶ ${p}`));
      expect(order.every((at) => at >= 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      expect(state().state.unitStatus).toEqual({ status: 'active', message: 'hello' });
    });

    it('stops at the first failing hook unless --keep-going', async () => {
      const { dir, sim } = await simWorld();
      const poke = JSON.stringify({ argv: JSON.stringify(['status-set', 'bogus']) });
      writeFileSync(join(dir, 'scenario.yaml'), `- action: poke\n  params: ${poke}\n- install\n`);
      const stopped = await sim('--scenario', 'scenario.yaml');
      expect(stopped.code).toBe(1);
      expect(stopped.io.out()).not.toContain('▶ hooks/install');
      const going = await sim('--scenario', 'scenario.yaml', '--keep-going');
      expect(going.code).toBe(1);
      expect(going.io.out()).toContain('▶ hooks/install');
    });

    it('names the step and the key of a bad step', async () => {
      const { dir, sim } = await simWorld();
      writeFileSync(join(dir, 'scenario.yaml'), '- install\n- evnt: start\n');
      const { code, io } = await sim('--scenario', 'scenario.yaml');
      expect(code).toBe(1);
      expect(io.err()).toContain('scenario scenario.yaml step 2: unknown key "evnt"');
    });
  });

  describe('when the charm is not built', () => {
    it('says to run jujuts build', async () => {
      const dir = makeTempDir('jujuts-sim-');
      const io = captureIo(dir);
      expect(await runCli(['sim', '.', '--event', 'install'], io)).toBe(1);
      expect(io.err()).toContain("has no dispatch and no build/dispatch: run 'jujuts build' in it first");
      expect(existsSync(join(dir, 'sim-state.json'))).toBe(false);
    });
  });

  describe('on a project built with --sea', () => {
    it('runs the hook through charm-sea, as dispatch does on a deployed charm', async () => {
      const built = await buildTestCharm(FIXTURE);
      const dir = makeTempDir('jujuts-sim-sea-');
      mkdirSync(join(dir, 'build'));
      for (const file of ['charm.js', 'dispatch']) cpSync(join(built, file), join(dir, 'build', file));
      cpSync(join(built, 'charmcraft.yaml'), join(dir, 'charmcraft.yaml'));
      // A stand-in single executable: it records the hook it was run for, and the hook does nothing.
      const ran = join(dir, 'sea-ran');
      writeFileSync(join(dir, 'build', 'charm-sea'), `#!/bin/sh\nprintf '%s' "$JUJU_DISPATCH_PATH" > '${ran}'\n`, { mode: 0o755 });
      const io = captureIo(dir);
      expect(await runCli(['sim', '.', '--state', 'state.json', '--event', 'install'], io)).toBe(0);
      expect(readFileSync(ran, 'utf8')).toBe('hooks/install');
    });
  });
});
