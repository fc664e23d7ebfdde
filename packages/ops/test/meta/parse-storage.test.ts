import { parseCharmcraftYaml } from '../../src/meta/parse-charmcraft-yaml';
import { charmcraft, metaError } from './meta-fixtures';

const storage = (lines: string) => () => parseCharmcraftYaml(charmcraft(`storage:\n  data:\n${lines}`));

describe('storage', () => {
  it('requires a type', () => {
    const err = metaError(storage('    location: /srv\n'));
    expect(err).toMatchObject({ keyPath: 'storage.data.type', line: 3 });
    expect(err.message).toContain('is required: must be one of filesystem, block');
  });

  it('refuses an unknown type', () => {
    expect(metaError(storage('    type: tmpfs\n'))).toMatchObject({ keyPath: 'storage.data.type', line: 4 });
  });

  it.each(['0', '5-2', 'many', '1-', '-3', '2++'])('refuses the range %s with the accepted forms', (range) => {
    const err = metaError(storage(`    type: filesystem\n    multiple:\n      range: ${range}\n`));
    expect(err).toMatchObject({ keyPath: 'storage.data.multiple.range', line: 6 });
    expect(err.message).toContain('a range like `1-10` or a minimum like `2+`');
  });

  it('requires range under multiple', () => {
    expect(metaError(storage('    type: filesystem\n    multiple: {}\n')).keyPath).toBe('storage.data.multiple.range');
  });

  it('refuses multiple that is not a map', () => {
    expect(metaError(storage('    type: filesystem\n    multiple: 1-10\n')).keyPath).toBe('storage.data.multiple');
  });

  it.each(['big', '10 gigabytes', '-1G'])('refuses the minimum size %s', (size) => {
    expect(metaError(storage(`    type: block\n    minimum-size: ${size}\n`)).keyPath).toBe('storage.data.minimum-size');
  });

  it('accepts a minimum size in MiB as a bare number', () => {
    expect(parseCharmcraftYaml(charmcraft('storage:\n  d:\n    type: block\n    minimum-size: 512\n')).storages['d']?.minimumSize).toBe('512');
  });

  it('refuses unknown properties', () => {
    expect(metaError(storage('    type: filesystem\n    properties: [volatile]\n')).keyPath).toBe('storage.data.properties.0');
  });

  it('refuses non-boolean flags', () => {
    expect(metaError(storage('    type: filesystem\n    read-only: "no"\n')).keyPath).toBe('storage.data.read-only');
  });
});
