#!/usr/bin/env node
// `npm run demo`: what a charm author does, end to end, without Juju.
// Builds the packages (tsc -b), then for the example charm: `jujuts build`,
// `jujuts pack`, and `jujuts sim --scenario` on the packed .charm: every step
// is one hook or action, a new process running the charm's real `dispatch`
// with stand-in hook commands over a state file (and, for a Kubernetes charm,
// a Pebble stand-in per container). Each step prints a report.
//
// The example is examples/webapp-k8s when it has a demo-scenario.yaml, else
// examples/hello with the scenario below. JUJUTS_DEMO_EXAMPLE=hello (or
// another example's directory name) picks one explicitly.
'use strict';
const { execFileSync } = require('node:child_process');
const { existsSync, mkdtempSync, readdirSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, relative } = require('node:path');

const root = join(__dirname, '..');
const jujuts = join(root, 'packages/cli/dist/bin.js');

const HELLO_SCENARIO = `# The life of one hello unit (the leader).
- event: install
  leader: true
# Not configured yet: the unit is blocked and start is deferred.
- event: config-changed
- event: start
- event: config-changed
  config: { greeting: hello, repeat: 2 }
- event: update-status
- action: greet
  params: { name: Juju }
# Out of range: the charm refuses the config and the unit goes blocked.
- event: config-changed
  config: { repeat: 9 }
`;

function step(text) {
  process.stdout.write(`\n• ${text}\n`);
}

function run(args, cwd) {
  execFileSync(process.execPath, args, { cwd, stdio: 'inherit' });
}

function main() {
  const k8s = join(root, 'examples', 'webapp-k8s');
  const chosen = process.env.JUJUTS_DEMO_EXAMPLE;
  const example = chosen
    ? join(root, 'examples', chosen)
    : existsSync(join(k8s, 'demo-scenario.yaml'))
      ? k8s
      : join(root, 'examples', 'hello');
  const name = relative(root, example);
  const work = mkdtempSync(join(tmpdir(), 'jujuts-demo-'));
  let scenario = join(example, 'demo-scenario.yaml');
  if (!existsSync(scenario)) {
    scenario = join(work, 'scenario.yaml');
    writeFileSync(scenario, HELLO_SCENARIO);
  }

  step('building the packages (tsc -b)');
  run([require.resolve('typescript/bin/tsc'), '-b'], root);
  step(`building ${name} (jujuts build)`);
  run([jujuts, 'build'], example);
  step(`packing ${name} (jujuts pack)`);
  run([jujuts, 'pack', '--output', work], example);
  const charm = readdirSync(work).find((f) => f.endsWith('.charm'));
  if (charm === undefined) throw new Error(`jujuts pack wrote no .charm into ${work}`);
  step(`simulating ${charm} (jujuts sim --scenario ${relative(root, scenario).startsWith('..') ? 'scenario.yaml' : relative(root, scenario)})\n`);
  try {
    run([jujuts, 'sim', join(work, charm), '--state', join(work, 'state.json'), '--scenario', scenario], work);
  } catch (error) {
    // sim has printed the failing hook's report; say where to look, and fail.
    process.stderr.write(`\ndemo: a hook failed (see its report above); state in ${work}\n`);
    process.exit(typeof error.status === 'number' ? error.status : 1);
  }
  process.stdout.write(`\nFinal state file: ${join(work, 'state.json')}\n`);
}

main();
