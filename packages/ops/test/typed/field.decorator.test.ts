import { CharmDefinitionError } from '../../src/errors';
import { METADATA_KEYS } from '../../src/metadata/keys';
import { readMetadataList } from '../../src/metadata/own-metadata';
import { field, type FieldRecord } from '../../src/typed';

describe('@field', () => {
  it('records the wire name and description per property', () => {
    class Data {
      @field({ name: 'secret-id' }) secretId = '';
      @field({ description: 'Host name' }) host = '';
    }
    expect(readMetadataList<FieldRecord>(METADATA_KEYS.field, Data)).toEqual([
      { property: 'secretId', name: 'secret-id' },
      { property: 'host', description: 'Host name' },
    ]);
  });

  describe('when the name contains a dot', () => {
    it('refuses it, since dots separate nested keys', () => {
      expect(() => {
        class Data {
          @field({ name: 'a.b' }) ab = '';
        }
        return Data;
      }).toThrow(new CharmDefinitionError(`@field on Data.ab: name "a.b" must be non-empty and contain no '.'`));
    });
  });
});
