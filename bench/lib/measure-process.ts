import { spawnSync } from 'node:child_process';
import { median } from './stats';

/**
 * Median wall time (ms) of a command over `runs` plain runs, and its median
 * peak RSS (KiB) over separate runs under /usr/bin/time — kept apart so the
 * wrapper's own fork never counts in the time.
 */
export function measureCommand(argv: readonly string[], runs: number, env: NodeJS.ProcessEnv = process.env): { ms: number; rssKiB: number } {
  const [program, ...args] = argv;
  if (program === undefined) throw new Error('measureCommand: empty argv');
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    spawnSync(program, args, { env, stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  const rss: number[] = [];
  for (let i = 0; i < Math.min(runs, 3); i++) {
    const r = spawnSync('/usr/bin/time', ['-f', 'BENCH_RSS %M', ...argv], { env, encoding: 'utf8' });
    const m = /BENCH_RSS (\d+)/.exec(r.stderr ?? '');
    if (m) rss.push(Number(m[1]));
  }
  return { ms: median(times), rssKiB: rss.length ? median(rss) : 0 };
}
