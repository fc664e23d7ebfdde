import { CliError } from '../errors';
import { type CharmcraftProject, isMapping } from './charmcraft-project';

/** One base a packed charm runs on, in the shape charmcraft writes to manifest.yaml. */
export interface RunOnBase {
  readonly name: string;
  readonly channel: string;
  readonly architectures: readonly string[];
}

/** What one `.charm` file is built for: the platform name (used in the file name) and its bases. */
export interface CharmPlatform {
  readonly name: string;
  readonly bases: readonly RunOnBase[];
}

const NODE_ARCH: Readonly<Record<string, string>> = { x64: 'amd64', arm64: 'arm64', ppc64: 'ppc64el', s390x: 's390x', riscv64: 'riscv64' };

/** The Juju architecture name of the machine we run on. */
export function hostArchitecture(): string {
  return NODE_ARCH[process.arch] ?? process.arch;
}

/**
 * Every platform the project declares, named as charmcraft names them: the
 * `platforms` keys with `base` (charmcraft 3), or `<name>-<channel>-<archs>`
 * per run-on base for the legacy `bases` key.
 */
export function listCharmPlatforms(project: CharmcraftProject): CharmPlatform[] {
  const { data, file } = project;
  if (isMapping(data.platforms)) return platformsFormat(data.platforms, data.base, file);
  if (Array.isArray(data.bases)) return data.bases.map((entry: unknown) => legacyBase(entry, file));
  throw new CliError(`${file}: declares no 'base' + 'platforms' (or legacy 'bases'): add e.g. 'base: ubuntu@22.04' and 'platforms: {amd64: }'`);
}

/** The platform to pack: the only one, or the one named by `--platform`. */
export function selectCharmPlatform(project: CharmcraftProject, wanted: string | undefined): CharmPlatform {
  const all = listCharmPlatforms(project);
  const names = all.map((p) => p.name).join(', ');
  if (wanted !== undefined) {
    const found = all.find((p) => p.name === wanted);
    if (found === undefined) throw new CliError(`${project.file} declares no platform '${wanted}' (platforms: ${names})`);
    return found;
  }
  const [only, ...others] = all;
  if (only === undefined) throw new CliError(`${project.file}: 'platforms' is empty: declare at least one, e.g. 'amd64:'`);
  if (others.length > 0) throw new CliError(`${project.file} declares several platforms: pass --platform NAME (platforms: ${names})`);
  return only;
}

function parseBase(text: unknown, file: string): { name: string; channel: string } {
  const match = typeof text === 'string' ? /^([a-z]+)@([\w.]+)$/.exec(text) : null;
  if (match === null) throw new CliError(`${file}: base '${String(text)}' is not '<os>@<version>' (e.g. ubuntu@22.04)`);
  return { name: match[1] ?? '', channel: match[2] ?? '' };
}

function platformsFormat(platforms: Record<string, unknown>, base: unknown, file: string): CharmPlatform[] {
  return Object.entries(platforms).map(([key, value]) => {
    // `build-for` entries are `arch` or `os@version:arch`; a bare key is shorthand for the same.
    const targets = isMapping(value) && Array.isArray(value['build-for']) ? value['build-for'].map(String) : [key];
    const bases = targets.map((target) => {
      const colon = target.lastIndexOf(':');
      const where = colon === -1 ? parseBaseOrFail(base, key, file) : parseBase(target.slice(0, colon), file);
      return { ...where, architectures: [colon === -1 ? target : target.slice(colon + 1)] };
    });
    return { name: key.replace(/:/g, '-'), bases };
  });
}

function parseBaseOrFail(base: unknown, platform: string, file: string): { name: string; channel: string } {
  if (base === undefined) throw new CliError(`${file}: platform '${platform}' names no base and there is no top-level 'base': add 'base: ubuntu@22.04'`);
  return parseBase(base, file);
}

function legacyBase(entry: unknown, file: string): CharmPlatform {
  if (!isMapping(entry)) throw new CliError(`${file}: each entry of 'bases' must be a mapping ({name, channel} or {build-on, run-on})`);
  const runOn: unknown[] = Array.isArray(entry['run-on']) ? entry['run-on'] : [entry];
  const bases = runOn.map((raw) => {
    if (!isMapping(raw) || typeof raw.name !== 'string' || raw.channel === undefined) {
      throw new CliError(`${file}: a base in 'bases' needs 'name' and 'channel' (e.g. {name: ubuntu, channel: "22.04"})`);
    }
    const architectures = Array.isArray(raw.architectures) ? raw.architectures.map(String) : [hostArchitecture()];
    return { name: raw.name, channel: String(raw.channel), architectures };
  });
  const name = bases.map((b) => `${b.name}-${b.channel}-${b.architectures.join('-')}`).join('_');
  return { name, bases };
}
