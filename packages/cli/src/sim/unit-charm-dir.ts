import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import JSZip from 'jszip';
import { charmMetaFromJson, loadCharmMeta, type CharmMeta } from '@jujuts/ops/internal';
import { BLOB_STAMP, buildPaths, CODE_CACHE, CODE_CACHE_LOADER, SEA_FILE } from '../compile';
import { CliError } from '../errors';
import { copyWithMtime } from './copy-with-mtime';

/** The charm as the simulated unit holds it. */
export interface UnitCharm {
  /** `JUJU_CHARM_DIR`: the charm's files plus what the charm keeps there (its stored state). */
  readonly charmDir: string;
  readonly dispatch: string;
  readonly meta: CharmMeta;
}

// Stored state lives in the unit's charm dir: never overwrite it with the source's.
const UNIT_OWNED = new Set(['.jujuts-state.json']);
const METADATA_FILES = ['charmcraft.yaml', 'metadata.yaml', 'config.yaml', 'actions.yaml'];
// Every file of build/ that dispatch or the charm reads: charm-sea ('jujuts build --sea'),
// which dispatch runs first, and the snapshot ('--snapshot'), which it runs when the stamp fits.
const BUILD_FILES = ['dispatch', 'charm.js', 'charm.js.map', 'meta.json', CODE_CACHE_LOADER, CODE_CACHE, SEA_FILE, 'charm.blob', BLOB_STAMP];

/**
 * Installs the charm into the unit's directory, as Juju unpacks a charm on
 * a unit: from a `.charm` file, an unpacked charm (with `dispatch` at its
 * root), or a project built by `jujuts build` (`build/dispatch`). Files are
 * refreshed on every hook; what the charm wrote there (stored state) stays.
 * `keepOut` lists paths never copied from the source: the unit's own
 * directory and state file, which live inside the charm directory when the
 * state file does (the default `sim-state.json` in the project).
 */
export async function installUnitCharm(source: string, unitCharmDir: string, cwd: string, keepOut: readonly string[] = []): Promise<UnitCharm> {
  mkdirSync(unitCharmDir, { recursive: true });
  if (!existsSync(source)) throw new CliError(`${source} does not exist: give a charm project, an unpacked charm or a .charm file`);
  if (statSync(source).isFile()) await unzipCharm(source, unitCharmDir);
  else if (existsSync(join(source, 'dispatch'))) copyTree(resolve(source), unitCharmDir, [...keepOut, unitCharmDir].map((p) => resolve(p)));
  else if (existsSync(buildPaths(source).dispatch)) {
    mirrorNamed(buildPaths(source).buildDir, unitCharmDir, BUILD_FILES);
    copyNamed(source, unitCharmDir, METADATA_FILES);
    if (existsSync(join(unitCharmDir, SEA_FILE))) chmodSync(join(unitCharmDir, SEA_FILE), 0o755);
  } else {
    const shown = resolve(cwd, source) === cwd ? '.' : source;
    throw new CliError(`${shown} has no dispatch and no build/dispatch: run 'jujuts build' in it first (or pass a .charm file)`);
  }
  const dispatch = join(unitCharmDir, 'dispatch');
  chmodSync(dispatch, 0o755);
  return { charmDir: unitCharmDir, dispatch, meta: readUnitMeta(unitCharmDir) };
}

function readUnitMeta(charmDir: string): CharmMeta {
  const json = join(charmDir, 'meta.json');
  if (existsSync(json)) return charmMetaFromJson(JSON.parse(readFileSync(json, 'utf8')) as unknown, json);
  return loadCharmMeta(charmDir);
}

function copyNamed(from: string, to: string, names: readonly string[]): void {
  for (const name of names) if (existsSync(join(from, name))) cpSync(join(from, name), join(to, name), { dereference: true });
}

// A build file the project no longer has is removed from the unit: a
// charm-sea or a blob left from an earlier build would run the old charm
// (dispatch runs charm-sea whenever it is there). The stamp keeps its mtime:
// dispatch compares it with node's to tell whether the blob fits.
function mirrorNamed(from: string, to: string, names: readonly string[]): void {
  for (const name of names) {
    if (!existsSync(join(from, name))) rmSync(join(to, name), { force: true });
    else if (name === BLOB_STAMP) copyWithMtime(join(from, name), join(to, name));
    else cpSync(join(from, name), join(to, name), { dereference: true });
  }
}

// cpSync refuses to copy a directory into itself even when a filter would skip the
// destination, so the walk descends by hand into any directory that holds a kept-out path.
function copyTree(from: string, to: string, keepOut: readonly string[], top = from): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    const src = join(from, name);
    if (keepOut.includes(src) || (from === top && UNIT_OWNED.has(name))) continue;
    if (keepOut.some((p) => p.startsWith(src + sep)) && statSync(src).isDirectory()) copyTree(src, join(to, name), keepOut, top);
    else if (from === top && name === BLOB_STAMP) copyWithMtime(src, join(to, name));
    else cpSync(src, join(to, name), { recursive: true, dereference: true });
  }
}

async function unzipCharm(file: string, to: string): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(readFileSync(file));
  } catch (error) {
    throw new CliError(`${file} is not a .charm (zip) file: ${(error as Error).message}`);
  }
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || UNIT_OWNED.has(entry.name)) continue;
    const target = join(to, entry.name);
    if (!target.startsWith(to + '/')) throw new CliError(`${file}: entry ${entry.name} points outside the charm`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, await entry.async('nodebuffer'));
    if (((entry.unixPermissions as number | null) ?? 0) & 0o111) chmodSync(target, 0o755);
  }
}
