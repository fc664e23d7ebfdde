import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { CliError } from '../errors';
import { validateCharmName } from './charm-name';

/** charmcraft.yaml as read from disk: its path and its top-level mapping, untouched. */
export interface CharmcraftProject {
  readonly file: string;
  readonly name: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/** Whether a value is a plain YAML mapping. */
export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Read and parse `<charmDir>/charmcraft.yaml`, failing with one actionable line if it is missing or malformed. */
export function readCharmcraftProject(charmDir: string): CharmcraftProject {
  const file = join(charmDir, 'charmcraft.yaml');
  if (!existsSync(file)) {
    throw new CliError(`no charmcraft.yaml in ${charmDir}: run this in a charm directory, pass --charm-dir, or create one with 'jujuts init <name>'`);
  }
  const doc = parseDocument(readFileSync(file, 'utf8'), { prettyErrors: true });
  const problem = doc.errors[0];
  if (problem !== undefined) {
    const where = problem.linePos?.[0];
    const at = where === undefined ? '' : `:${where.line}:${where.col}`;
    throw new CliError(`${file}${at}: invalid YAML: ${problem.message.split('\n')[0] ?? ''}`);
  }
  const data: unknown = doc.toJS();
  if (!isMapping(data)) throw new CliError(`${file}: expected a mapping at the top level (name: …, type: charm, …)`);
  if (typeof data.name !== 'string' || data.name === '') {
    throw new CliError(`${file}: missing 'name': add 'name: <charm-name>' at the top level`);
  }
  try {
    validateCharmName(data.name);
  } catch (error) {
    // Juju refuses the charm at deploy time; say so while the file is open.
    throw new CliError(`${file}: ${(error as Error).message}`);
  }
  return { file, name: data.name, data };
}
