import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A flat map of figure name → number, the unit in the name (`…_ms`, `…_kib`). */
export type Figures = Record<string, number>;

/** Formats `now` against `before` as a signed percentage, or `new`. */
function change(now: number, before: number | undefined): string {
  if (before === undefined || before === 0) return 'new';
  const pct = ((now - before) / before) * 100;
  return `${pct >= 0 ? '+' : ''}${pct.toFixed(1)}%`;
}

/**
 * Writes bench/results/latest.{json,md} and prints the table, each figure
 * next to the checked-in baseline (bench/results/baseline.json) and the change.
 */
export function report(resultsDir: string, figures: Figures, notes: readonly string[]): string {
  mkdirSync(resultsDir, { recursive: true });
  const baselineFile = join(resultsDir, 'baseline.json');
  const baseline: Figures = existsSync(baselineFile) ? (JSON.parse(readFileSync(baselineFile, 'utf8')) as { figures: Figures }).figures : {};
  const rows = Object.entries(figures).map(([name, value]) => `| ${name} | ${round(value)} | ${baseline[name] === undefined ? '–' : round(baseline[name])} | ${change(value, baseline[name])} |`);
  const md = ['| figure | now | baseline | change |', '|---|---:|---:|---:|', ...rows, '', ...notes.map((n) => `- ${n}`), ''].join('\n');
  writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, figures }, null, 2)}\n`);
  writeFileSync(join(resultsDir, 'latest.md'), md);
  return md;
}

function round(n: number): string {
  return Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2);
}
