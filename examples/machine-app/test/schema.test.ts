import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkCharmSchema } from '@jujuts/ops/internal';
import { MachineAppCharm } from '../src/charm';
import { CHARM_DIR } from './machine-app-fixture';

describe('charmcraft.yaml', () => {
  it('declares the config options and actions exactly as the classes do (jujuts schema --check)', () => {
    const yaml = readFileSync(join(CHARM_DIR, 'charmcraft.yaml'), 'utf8');
    expect(checkCharmSchema(MachineAppCharm, yaml)).toEqual([]);
  });
});
