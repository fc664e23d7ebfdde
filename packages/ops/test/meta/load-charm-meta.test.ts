import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCharmMeta } from '../../src/meta/load-charm-meta';
import { k8sCharmcraftYaml, legacyTrio, metaError } from './meta-fixtures';

/** A temporary charm directory holding `files`. */
function charmDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'jujuts-meta-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  dirs.push(dir);
  return dir;
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('loadCharmMeta', () => {
  it('reads charmcraft.yaml when present', () => {
    expect(loadCharmMeta(charmDir({ 'charmcraft.yaml': k8sCharmcraftYaml() })).name).toBe('web');
  });

  it('prefers a charmcraft.yaml with metadata over metadata.yaml', () => {
    const dir = charmDir({ 'charmcraft.yaml': k8sCharmcraftYaml(), 'metadata.yaml': 'name: other\n' });
    expect(loadCharmMeta(dir).name).toBe('web');
  });

  it('reads the legacy trio when there is no charmcraft.yaml', () => {
    const trio = legacyTrio();
    const meta = loadCharmMeta(charmDir({ 'metadata.yaml': trio.metadata, 'config.yaml': trio.config, 'actions.yaml': trio.actions }));
    expect(meta).toMatchObject({ name: 'legacy', config: { port: { default: 80 } }, actions: { backup: { description: 'Back up' } } });
  });

  it('uses metadata.yaml when charmcraft.yaml only describes the build', () => {
    const dir = charmDir({ 'charmcraft.yaml': 'type: charm\nbases: []\n', 'metadata.yaml': legacyTrio().metadata });
    expect(loadCharmMeta(dir).name).toBe('legacy');
  });

  it('names the full path of the file in errors', () => {
    const dir = charmDir({ 'metadata.yaml': 'name: x\n', 'config.yaml': 'options:\n  a:\n    type: nope\n' });
    expect(metaError(() => loadCharmMeta(dir)).file).toBe(join(dir, 'config.yaml'));
  });

  it('says which files it looked for when there are none', () => {
    const err = metaError(() => loadCharmMeta(charmDir({})));
    expect(err.message).toContain('expected charmcraft.yaml (unified format) or metadata.yaml');
  });
});
