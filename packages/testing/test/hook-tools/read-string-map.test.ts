import { readKeyValueArgs, readStringMap } from '../../src/hook-tools/read-string-map';
import { JujuError } from '../../src/juju';

describe('readStringMap', () => {
  it('reads JSON and YAML mappings alike', () => {
    expect(readStringMap('{"a": "1"}', 'settings')).toEqual({ a: '1' });
    expect(readStringMap('a: "1"\nb: two\n', 'settings')).toEqual({ a: '1', b: 'two' });
  });

  it('reads an empty document as no keys, and a null value as a deletion', () => {
    expect(readStringMap('  \n', 'settings')).toEqual({});
    expect(readStringMap('a: null\nb:\n', 'settings')).toEqual({ a: '', b: '' });
  });

  it('refuses a non-string value, a list, and broken YAML, naming what it was parsing', () => {
    expect(() => readStringMap('port: 80', 'relation settings')).toThrow(
      new JujuError('cannot parse relation settings: value of "port" is a number, not a string'),
    );
    expect(() => readStringMap('- a\n- b\n', 'state file')).toThrow(
      /cannot parse state file: expected a mapping/,
    );
    expect(() => readStringMap('a: [unclosed', 'state file')).toThrow(/^cannot parse state file: /);
  });
});

describe('readKeyValueArgs', () => {
  it('splits on the first = only', () => {
    expect(readKeyValueArgs(['url=http://x/?a=b', 'empty='])).toEqual({ url: 'http://x/?a=b', empty: '' });
  });

  it('refuses an argument without a key and =', () => {
    expect(() => readKeyValueArgs(['=v'])).toThrow(/expected "key=value", got "=v"/);
  });
});
