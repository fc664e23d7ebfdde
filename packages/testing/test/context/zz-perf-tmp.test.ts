import { container, createState, relation } from '../../src/context';
import { instances, webContext } from './context-fixture';

it('perf', async () => {
  const ctx = webContext();
  const db = relation('db', { remoteApp: 'pg', remoteAppData: { host: 'h' } });
  const state = createState({ leader: true, relations: [db], config: { port: 81 } });
  for (let i = 0; i < 50; i++) await ctx.run(ctx.on.relationChanged(db), state);
  let t = performance.now();
  for (let i = 0; i < 200; i++) await ctx.run(i % 2 ? ctx.on.configChanged() : ctx.on.relationChanged(db), state);
  console.log('200 runs ms', performance.now() - t);
  const web = container('web', { execs: [{ command: ['nginx'], stdout: 'v' }] });
  const ps = createState({ containers: [web] });
  t = performance.now();
  for (let i = 0; i < 50; i++) await ctx.run(ctx.on.pebbleReady(web), ps);
  console.log('50 pebble runs ms', performance.now() - t);
  const remoteUnits: Record<string, Record<string, string>> = {};
  for (let i = 0; i < 10_000; i++) remoteUnits[`pg/${i}`] = { n: String(i) };
  const big = relation('db', { remoteApp: 'pg', remoteUnits });
  const bs = createState({ leader: true, relations: [big] });
  for (let i = 0; i < 3; i++) await ctx.run(ctx.on.relationChanged(big), bs);
  t = performance.now();
  await ctx.run(ctx.on.relationChanged(big), bs);
  console.log('10k run ms', performance.now() - t);
  for (let i = 0; i < 300; i++) { await ctx.run(ctx.on.configChanged(), state); instances.length = 0; }
  global.gc?.();
  const m0 = process.memoryUsage().heapUsed;
  for (let i = 0; i < 1000; i++) { await ctx.run(ctx.on.configChanged(), state); instances.length = 0; }
  global.gc?.();
  console.log('heap delta MB over 1000', (process.memoryUsage().heapUsed - m0) / 1e6);
});
