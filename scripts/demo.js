#!/usr/bin/env node
// `npm run demo`: builds the packages and examples/hello the way a charm
// author would (tsc, then `jujuts build`), then runs the built charm's real
// `dispatch` through a sequence of Juju hooks, each a new process, with
// stand-in hook commands on PATH backed by a state file. Prints each hook,
// the hook commands the charm ran, its logs and the resulting status.
'use strict';
const { execFileSync } = require('node:child_process');
const { cpSync, mkdtempSync, copyFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const root = join(__dirname, '..');
const example = join(root, 'examples', 'hello');

function step(text, fn) {
  process.stdout.write(`• ${text}\n`);
  return fn();
}

async function run() {
  step('building the packages (tsc -b)', () =>
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-b'], { cwd: root, stdio: 'inherit' }),
  );
  step('building examples/hello (jujuts build)', () =>
    execFileSync(process.execPath, [join(root, 'packages/cli/dist/bin.js'), 'build'], { cwd: example, stdio: 'inherit' }),
  );
  const testing = require(join(root, 'packages/testing/dist'));
  const { parseCharmcraftYaml } = require(join(root, 'packages/ops/dist/internal'));
  const meta = parseCharmcraftYaml(require('node:fs').readFileSync(join(example, 'charmcraft.yaml'), 'utf8'));

  const work = mkdtempSync(join(tmpdir(), 'jujuts-demo-'));
  const charmDir = join(work, 'charm');
  cpSync(join(example, 'build'), charmDir, { recursive: true, filter: (src) => !src.includes('/tsc') });
  copyFileSync(join(example, 'charmcraft.yaml'), join(charmDir, 'charmcraft.yaml'));
  const binDir = join(work, 'bin');
  await testing.installHookTools(binDir);
  const stateFile = join(work, 'state.json');
  testing.writeStateFile(stateFile, new testing.FakeJuju(testing.createJujuState({ unitName: 'hello/0', leader: true }, meta)).toDocument());
  process.stdout.write(`• unit hello/0 in ${work}\n\n`);

  const setConfig = (config) => {
    const juju = testing.FakeJuju.fromDocument(testing.readStateFile(stateFile));
    juju.applyNow((s) => Object.assign(s.config, config));
    testing.writeStateFile(stateFile, juju.toDocument());
    process.stdout.write(`$ juju config hello ${Object.entries(config).map(([k, v]) => `${k}=${v}`).join(' ')}\n\n`);
  };
  const hook = async (event) => {
    const spec = typeof event === 'string' ? { path: event } : event;
    const started = process.hrtime.bigint();
    const result = await testing.runDispatchProcess({ command: [join(charmDir, 'dispatch')], charmDir, stateFile, binDir, event: spec });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const doc = result.document;
    process.stdout.write(`▶ ${spec.path}${spec.params ? ` ${JSON.stringify(spec.params)}` : ''}  (exit ${result.exitCode}, ${ms.toFixed(0)} ms)\n`);
    for (const c of result.commands) {
      if (c.command === 'juju-log') continue;
      process.stdout.write(`    $ ${c.command} ${c.args.join(' ')}\n`);
    }
    const logs = doc.outputs.logs.slice(hook.logsSeen ?? 0);
    hook.logsSeen = doc.outputs.logs.length;
    for (const l of logs) process.stdout.write(`    log ${l.level}: ${l.message.split('\n')[0]}\n`);
    if (spec.path.startsWith('actions/')) {
      const failure = doc.outputs.actionFailure;
      process.stdout.write(failure ? `    action failed: ${failure}\n` : `    results: ${JSON.stringify(doc.outputs.actionResults)}\n`);
    }
    process.stdout.write(`    status: ${doc.state.unitStatus.status}${doc.state.unitStatus.message ? ` (${doc.state.unitStatus.message})` : ''}\n\n`);
    if (result.exitCode !== 0) process.stdout.write(result.stderr);
  };

  await hook('hooks/install');
  await hook('hooks/config-changed');
  await hook('hooks/start');
  setConfig({ greeting: 'hello', repeat: 2 });
  await hook('hooks/config-changed');
  await hook('hooks/update-status');
  await hook({ path: 'actions/greet', params: { name: 'Juju' } });
  setConfig({ repeat: 9 });
  await hook('hooks/config-changed');
  process.stdout.write(`Final state file: ${stateFile}\n`);
}

run().catch((e) => {
  process.stderr.write(`${e.stack || e}\n`);
  process.exit(1);
});
