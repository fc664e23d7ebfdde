import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildTestCharm } from '../../../test-support/build-test-charm';
import { SimUnit } from '../../../test-support/sim-unit';
import { parseCharmcraftYaml } from '@jujuts/ops/internal';

const PROJECT = join(__dirname, '..');
const meta = parseCharmcraftYaml(readFileSync(join(PROJECT, 'charmcraft.yaml'), 'utf8'));
let built: string;

beforeAll(async () => {
  built = await buildTestCharm(PROJECT);
}, 60_000);

describe('hello as Juju runs it (a real dispatch process per hook)', () => {
  describe('when the config breaks a rule', () => {
    it('blocks the unit naming the option and the rule, runs no handler and exits 0', async () => {
      const unit = new SimUnit(built, meta, { unitName: 'hello/0', config: { greeting: 'hi', repeat: 9 } });
      const run = await unit.dispatch('hooks/config-changed');
      expect(run.exitCode).toBe(0);
      expect(run.document.state.unitStatus).toEqual({ status: 'blocked', message: 'invalid config: repeat: must not be greater than 5' });
      expect(run.logs.map((l) => `${l.level} ${l.message}`)).toContain(
        'ERROR invalid config, no handler ran: invalid config: repeat: must not be greater than 5',
      );
      // No handler ran, so the handler's own log line never appears.
      expect(run.logs.some((l) => l.message.startsWith('configured:'))).toBe(false);
    });
  });

  describe('when the config is valid', () => {
    it('configures and commits stored state to the charm directory', async () => {
      const unit = new SimUnit(built, meta, { unitName: 'hello/0', config: { greeting: 'hey', repeat: 1 } });
      const run = await unit.dispatch('hooks/config-changed');
      expect(run.exitCode).toBe(0);
      const saved = JSON.parse(readFileSync(join(unit.charmDir, '.jujuts-state.json'), 'utf8')) as { stored: Record<string, unknown> };
      expect(saved.stored['HelloCharm.state']).toMatchObject({ greeted: 'hey' });
    });
  });
});
