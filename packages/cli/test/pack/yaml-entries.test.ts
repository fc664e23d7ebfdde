import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { RenderedYamlError } from '../../src/errors';
import { metadataEntries, renderedYamlEntry, verifiedYamlEntry } from '../../src/pack';
import { projectOf } from '../fixtures/project-data';
import { makeTempDir, removeTempDirs } from '../fixtures/temp-dir';

afterAll(removeTempDirs);

describe('verifiedYamlEntry', () => {
  describe('when the text reads back as the data', () => {
    it('is the entry for that text', () => {
      expect(verifiedYamlEntry('config.yaml', 'options: {}\n', { options: {} })).toEqual({ path: 'config.yaml', content: 'options: {}\n' });
    });
  });

  describe('when the text reads back differently', () => {
    const attempt = (): unknown => verifiedYamlEntry('config.yaml', 'options:\n  x:\n    default: |+\n      \n', { options: { x: { default: ' \n' } } }, 'write it by hand');

    it('fails with a RenderedYamlError naming the file and the key path', () => {
      expect(attempt).toThrow(RenderedYamlError);
      expect(attempt).toThrow(/^config\.yaml: the rendered YAML does not read back .*options\.x\.default was " \\n", reads back as "\\n".*meanwhile write it by hand$/);
    });
  });
});

describe('renderedYamlEntry', () => {
  it('renders a value yaml.stringify would lose and keeps it exact', () => {
    const data = { description: '  \n\t \n' };
    const entry = renderedYamlEntry('metadata.yaml', data);
    expect(parse(entry.content as string)).toEqual(data);
  });
});

describe('metadataEntries', () => {
  describe('when the charm directory has no legacy files', () => {
    it('renders metadata, config and actions from charmcraft.yaml', () => {
      const entries = metadataEntries(projectOf(), makeTempDir());
      expect(entries.map((e) => e.path)).toEqual(['metadata.yaml', 'config.yaml', 'actions.yaml']);
      expect(parse(entries[1]?.content as string)).toEqual(projectOf().data.config);
    });

    it('leaves out config.yaml and actions.yaml when nothing is declared', () => {
      const entries = metadataEntries(projectOf({ config: undefined, actions: {} }), makeTempDir());
      expect(entries.map((e) => e.path)).toEqual(['metadata.yaml']);
    });
  });

  describe('when the charm directory has a legacy actions.yaml', () => {
    it('copies it verbatim', () => {
      const dir = makeTempDir();
      const legacy = 'greet:\n  description:   spaced   \n';
      writeFileSync(join(dir, 'actions.yaml'), legacy);
      expect(metadataEntries(projectOf(), dir).find((e) => e.path === 'actions.yaml')?.content).toBe(legacy);
    });
  });
});
