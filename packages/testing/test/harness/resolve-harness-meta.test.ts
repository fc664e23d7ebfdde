import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CharmMetaError } from '@jujuts/ops';
import { HarnessError, resolveHarnessMeta } from '../../src/harness';
import { WEB_YAML } from './harness-fixture';

const dirs: string[] = [];

/** A charm project in a temporary directory, with a nested `test/unit` folder. */
function project(yaml = WEB_YAML): string {
  const dir = mkdtempSync(join(tmpdir(), 'jujuts-harness-meta-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'charmcraft.yaml'), yaml);
  mkdirSync(join(dir, 'test', 'unit'), { recursive: true });
  return dir;
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('resolveHarnessMeta', () => {
  it('returns metadata given as an object unchanged', () => {
    const meta = resolveHarnessMeta({ meta: WEB_YAML });
    expect(resolveHarnessMeta({ meta })).toBe(meta);
  });

  it('parses metadata given as charmcraft.yaml text', () => {
    expect(resolveHarnessMeta({ meta: WEB_YAML }).name).toBe('web');
  });

  it('reports bad YAML text with the file and key, as production does', () => {
    expect(() => resolveHarnessMeta({ meta: 'name: x\ntype: charm\nrequires: 3\n' })).toThrow(CharmMetaError);
  });

  it('loads charmcraft.yaml from charmDir', () => {
    const dir = project();
    expect(Object.keys(resolveHarnessMeta({ charmDir: dir }).containers)).toEqual(['workload']);
  });

  it('finds the nearest charm project above the working directory', () => {
    const dir = project(WEB_YAML.replace('name: web', 'name: found'));
    expect(resolveHarnessMeta({}, join(dir, 'test', 'unit')).name).toBe('found');
  });

  it('parses a project once, however many harnesses use it', () => {
    const dir = project();
    expect(resolveHarnessMeta({ charmDir: dir })).toBe(resolveHarnessMeta({}, join(dir, 'test')));
  });

  it('says how to pass metadata when no project is found', () => {
    const empty = mkdtempSync(join(tmpdir(), 'jujuts-harness-none-'));
    dirs.push(empty);
    expect(() => resolveHarnessMeta({}, empty)).toThrow(HarnessError);
    expect(() => resolveHarnessMeta({}, empty)).toThrow('pass the metadata with new Harness(MyCharm, { meta }) or its directory with { charmDir }');
  });
});
