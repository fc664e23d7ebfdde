import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkCharmSchema } from '@jujuts/ops/internal';
import { RequirerCharm } from '../src/charm';

describe('charmcraft.yaml', () => {
  it('declares the config options and actions exactly as the classes do (jujuts schema --check)', () => {
    expect(
      checkCharmSchema(RequirerCharm, readFileSync(join(__dirname, '..', 'charmcraft.yaml'), 'utf8')),
    ).toEqual([]);
  });
});
