import { parse } from 'yaml';
import { metadataOf, renderActionsYaml, renderConfigYaml, renderMetadataYaml } from '../../src/charmcraft';
import { projectOf } from '../fixtures/project-data';

describe('metadataOf', () => {
  it('leaves out build and packing keys', () => {
    const meta = metadataOf(projectOf({ 'charm-libs': [{ lib: 'x.y', version: '1' }], 'build-base': 'ubuntu@22.04', analysis: {} }));
    for (const key of ['type', 'base', 'platforms', 'parts', 'config', 'actions', 'charm-libs', 'build-base', 'analysis', 'title']) {
      expect(meta).not.toHaveProperty([key]);
    }
  });

  it('keeps the metadata.yaml keys Juju reads', () => {
    const extra = { subordinate: false, assumes: ['juju >= 3.4'], 'extra-bindings': { admin: null }, storage: { data: { type: 'filesystem' } }, 'charm-user': 'non-root' };
    expect(metadataOf(projectOf(extra))).toMatchObject(extra);
  });

  describe('when links are given', () => {
    it('flattens them the way charmcraft does', () => {
      const links = { documentation: 'https://docs.example', contact: 'me@example.com', issues: 'https://bugs.example', source: ['https://src.example'], website: 'https://example.com' };
      expect(metadataOf(projectOf({ links }))).toMatchObject({
        docs: 'https://docs.example',
        maintainers: ['me@example.com'],
        issues: 'https://bugs.example',
        source: ['https://src.example'],
        website: 'https://example.com',
      });
    });
  });
});

describe('renderMetadataYaml', () => {
  it('is YAML of the metadata, name first', () => {
    const text = renderMetadataYaml(projectOf());
    expect(text.startsWith('name: hello\n')).toBe(true);
    expect(parse(text)).toEqual(metadataOf(projectOf()));
  });
});

describe('renderConfigYaml and renderActionsYaml', () => {
  it('render nothing when the charm has no config or actions', () => {
    const project = projectOf({ config: undefined, actions: {} });
    expect(renderConfigYaml(project)).toBeUndefined();
    expect(renderActionsYaml(project)).toBeUndefined();
  });

  it('keep config under options', () => {
    expect(renderConfigYaml(projectOf())).toBe('options:\n  log-level:\n    type: string\n    default: info\n    description: How much to log.\n');
  });
});
