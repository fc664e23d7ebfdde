#!/usr/bin/env node
// `npm run bench`: bundles bench/main.ts (with the workspace packages from
// source, like the tests) and runs it. Benchmarks print numbers; they are
// never part of `npm test`.
'use strict';
const { build } = require('esbuild');
const { join } = require('node:path');

const root = join(__dirname, '..');
// Inside the repository so that the workspace packages (their dist/, built
// by the bench itself) resolve through node_modules as they would for a user.
const out = join(__dirname, '.build', 'bench.js');
// The bench imports the packages by name: build them first so dist/ is current.
require('node:child_process').execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-b'], { cwd: root, stdio: 'inherit' });
build({
  entryPoints: [join(__dirname, 'main.ts')],
  outfile: out,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  keepNames: true,
  external: ['esbuild', 'typescript', '@jujuts/*'],
  tsconfig: join(root, 'tsconfig.typecheck.json'),
  logLevel: 'error',
})
  .then(() => {
    process.argv.splice(1, 1, out);
    require(out);
  })
  .catch((e) => {
    process.stderr.write(`${e.stack || e}\n`);
    process.exit(1);
  });
