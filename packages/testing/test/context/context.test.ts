import { createState, relation } from '../../src/context';
import { webContext } from './context-fixture';

describe('Context', () => {
  describe('when running install', () => {
    it('records the event in stored state', async () => {
      const ctx = webContext();
      const out = await ctx.run(ctx.on.install(), createState());
      expect(out.storedState['WebCharm.state']).toEqual({ seen: ['install'], configured: false, port: 0 });
      expect(out.unitStatus).toEqual({ status: 'blocked', message: 'waiting for config' });
    });
  });
  describe('when running relation-changed', () => {
    it('writes the bag', async () => {
      const ctx = webContext();
      const db = relation('db', { remoteApp: 'pg', remoteAppData: { host: 'h' } });
      const out = await ctx.run(ctx.on.relationChanged(db), createState({ leader: true, relations: [db] }));
      expect(out.relations[0]?.localUnitData['seen-host']).toBe('h');
      expect(out.relations[0]?.localAppData['units']).toBe('1');
    });
  });
});
