import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { CliError } from '../errors';
import type { SimStep } from './sim-step';

const KEYS: Record<string, keyof SimStep> = {
  event: 'event',
  action: 'action',
  relation: 'relation',
  'remote-unit': 'remoteUnit',
  'remote-app': 'remoteApp',
  'remote-unit-data': 'remoteUnitData',
  'remote-app-data': 'remoteAppData',
  'departing-unit': 'departingUnit',
  workload: 'workload',
  params: 'params',
  config: 'config',
  leader: 'leader',
  secret: 'secret',
  'secret-revision': 'secretRevision',
  'secret-content': 'secretContent',
  storage: 'storage',
  check: 'check',
  'notice-key': 'noticeKey',
};

/**
 * Reads a `--scenario` file: a YAML list of steps (or `steps:` holding
 * one), each `{ event | action, relation?, remote-unit?, params?, config?, leader?, … }`
 * with the same meaning as the command-line options.
 */
export function readScenario(file: string, shown: string): SimStep[] {
  let doc: unknown;
  try {
    doc = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CliError(`cannot read scenario ${shown}: ${(error as Error).message.split('\n')[0] ?? ''}`);
  }
  const list = Array.isArray(doc) ? doc : isObject(doc) && Array.isArray(doc['steps']) ? doc['steps'] : undefined;
  if (list === undefined || list.length === 0) {
    throw new CliError(`scenario ${shown}: expected a non-empty list of steps, e.g. "- event: install"`);
  }
  return list.map((raw: unknown, i) => toStep(raw, `scenario ${shown} step ${i + 1}`));
}

function toStep(raw: unknown, where: string): SimStep {
  if (typeof raw === 'string') return { event: raw };
  if (!isObject(raw)) throw new CliError(`${where}: expected a mapping like "event: install" or an event name`);
  const step: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const name = KEYS[key];
    if (name === undefined) throw new CliError(`${where}: unknown key "${key}" (keys: ${Object.keys(KEYS).join(', ')})`);
    step[name] = key === 'relation' || key === 'secret' || key === 'storage' ? String(value) : value;
  }
  for (const key of ['params', 'config', 'secretContent', 'remoteUnitData', 'remoteAppData'] as const) {
    if (step[key] !== undefined && !isObject(step[key])) throw new CliError(`${where}: ${key} must be a mapping of names to values`);
  }
  if (step['leader'] !== undefined && typeof step['leader'] !== 'boolean') throw new CliError(`${where}: leader must be true or false`);
  // Databags and secret content hold strings only: `port: 5432` means "5432".
  for (const key of ['secretContent', 'remoteUnitData', 'remoteAppData'] as const) {
    if (step[key] !== undefined) step[key] = Object.fromEntries(Object.entries(step[key] as object).map(([k, v]) => [k, String(v)]));
  }
  return step as SimStep;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
