import { build } from 'esbuild';
import { chmodSync, copyFileSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { dispatchScript } from '../packages/cli/src/compile/dispatch-script';

const ROOT = resolve(__dirname, '..');
const built = new Map<string, Promise<string>>();

/**
 * Compiles a charm project of this repository (charmcraft.yaml +
 * src/charm.ts) into a charm directory as Juju would run it: one CommonJS
 * bundle, the generated POSIX `dispatch`, and the metadata. The workspace
 * packages are bundled from source (tsconfig paths), so no `npm run build`
 * is needed first. Built once per project per test process.
 */
export function buildTestCharm(projectDir: string): Promise<string> {
  const key = resolve(projectDir);
  let pending = built.get(key);
  if (!pending) {
    pending = compile(key);
    built.set(key, pending);
  }
  return pending;
}

async function compile(projectDir: string): Promise<string> {
  const charmDir = mkdtempSync(join(tmpdir(), 'jujuts-charm-'));
  await build({
    entryPoints: [join(projectDir, 'src', 'charm.ts')],
    outfile: join(charmDir, 'charm.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    keepNames: true,
    logLevel: 'error',
    tsconfig: join(ROOT, 'tsconfig.typecheck.json'),
  });
  copyFileSync(join(projectDir, 'charmcraft.yaml'), join(charmDir, 'charmcraft.yaml'));
  writeFileSync(join(charmDir, 'dispatch'), dispatchScript());
  chmodSync(join(charmDir, 'dispatch'), 0o755);
  return charmDir;
}

/**
 * A new charm directory (as on a new unit) sharing the built bundle: its own
 * state file, so tests do not see each other's stored state.
 */
export function freshCharmDir(builtDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'jujuts-unit-'));
  symlinkSync(join(builtDir, 'charm.js'), join(dir, 'charm.js'));
  for (const file of ['dispatch', 'charmcraft.yaml']) copyFileSync(join(builtDir, file), join(dir, file));
  chmodSync(join(dir, 'dispatch'), 0o755);
  return dir;
}
