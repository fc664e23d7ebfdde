import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CliError, UsageError } from '../errors';
import { pascalCase, validateCharmName } from '../charmcraft';
import { type CharmKind, scaffoldFiles } from '../init';
import { type CliIo, displayPath, say } from '../io';
import { cliVersion } from '../version';
import type { CommandSpec } from './command';
import { flagOption, stringOption } from './option-values';

/** Options of `jujuts init`. */
export interface InitOptions {
  readonly name: string;
  readonly kind?: CharmKind;
  /** Where to create the project (default: `./<name>`). */
  readonly dir?: string;
}

/** What `jujuts init` wrote. */
export interface InitResult {
  readonly dir: string;
  readonly files: readonly string[];
}

/** Scaffold a charm project that builds, packs and passes its tests as generated. */
export function initCharm(options: InitOptions, io: CliIo): InitResult {
  validateCharmName(options.name);
  const dir = resolve(io.cwd, options.dir ?? options.name);
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new CliError(`${displayPath(io.cwd, dir)} already exists and is not empty: choose another --dir or remove it`);
  }
  const kind = options.kind ?? 'k8s';
  const files = scaffoldFiles({ name: options.name, stem: pascalCase(options.name), kind, version: cliVersion() });
  for (const [path, content] of files) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  const shown = displayPath(io.cwd, dir);
  say(io, `created ${kind === 'k8s' ? 'Kubernetes' : 'machine'} charm ${options.name} in ${shown}/ (${files.size} files)`);
  say(io, `next: cd ${shown} && npm install && npm test && npm run build && npm run pack`);
  return { dir, files: [...files.keys()] };
}

/** The `init` row of the command table. */
export const initCommand: CommandSpec = {
  name: 'init',
  summary: 'Create a new charm project (charmcraft.yaml, src/charm.ts, a test, configs)',
  usage: 'init <name> [--k8s|--machine] [--dir DIR]',
  description: 'The name must be a valid Juju charm name: lowercase letters, digits and hyphens, starting with a letter.',
  positionals: [{ name: 'name', required: true }],
  options: {
    k8s: { type: 'boolean', description: 'A Kubernetes charm with a workload container (default)' },
    machine: { type: 'boolean', description: 'A machine charm (no containers)' },
    dir: { type: 'string', valueName: 'DIR', description: 'Where to create the project (default: ./<name>)' },
  },
  async run({ options, positionals }, io) {
    if (flagOption(options, 'k8s') && flagOption(options, 'machine')) {
      throw new UsageError("--k8s and --machine exclude each other: pick one (see 'jujuts init --help')");
    }
    initCharm(
      { name: positionals[0] ?? '', kind: flagOption(options, 'machine') ? 'machine' : 'k8s', dir: stringOption(options, 'dir') },
      io,
    );
  },
};
