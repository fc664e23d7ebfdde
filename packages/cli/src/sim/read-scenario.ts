import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { CliError } from '../errors';
import type { SimSecretSpec } from './sim-secret-spec';
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

const SECRET_KEYS: Record<string, keyof SimSecretSpec> = { id: 'id', label: 'label', owner: 'owner', 'granted-to': 'grantedTo', content: 'content' };

/**
 * Reads a `--scenario` file: a YAML list of steps (or `steps:` holding
 * one), each `{ event | action, relation?, remote-unit?, params?, config?, leader?, … }`
 * with the same meaning as the command-line options. `secret` is the
 * secret of a secret event, or a mapping `{ id?, label?, owner?, granted-to?, content }`
 * that puts a secret in the state before the step.
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
    if (key === 'secret' && isObject(value)) step['secretSpec'] = toSecretSpec(value, `${where} secret`);
    else step[name] = key === 'relation' || key === 'secret' || key === 'storage' ? String(value) : value;
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

function toSecretSpec(raw: Record<string, unknown>, where: string): SimSecretSpec {
  const spec: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const name = SECRET_KEYS[key];
    if (name === undefined) throw new CliError(`${where}: unknown key "${key}" (keys: ${Object.keys(SECRET_KEYS).join(', ')})`);
    if (name === 'content') {
      if (!isObject(value)) throw new CliError(`${where}: content must be a mapping of keys to values`);
      // Secret content holds strings only, as `juju add-secret` stores it.
      spec[name] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]));
    } else spec[name] = String(value);
  }
  if (spec['id'] !== undefined && !String(spec['id']).startsWith('secret:')) throw new CliError(`${where}: id ${String(spec['id'])} must look like secret:<id>`);
  return spec as SimSecretSpec;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
