import { spawnSync } from 'node:child_process';
import { median } from './stats';

/** Median wall time (ms) and peak RSS (KiB) of a command, run `runs` times. */
export function measureCommand(argv: readonly string[], runs: number, env: NodeJS.ProcessEnv = process.env): { ms: number; rssKiB: number } {
  const times: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    const r = spawnSync('/usr/bin/time', ['-f', 'BENCH_RSS %M', ...argv], { env, encoding: 'utf8' });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    const m = /BENCH_RSS (\d+)/.exec(r.stderr ?? '');
    if (m) rss.push(Number(m[1]));
  }
  return { ms: median(times), rssKiB: rss.length ? median(rss) : 0 };
}
