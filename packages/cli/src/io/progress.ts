import type { CliIo } from './cli-io';

/** Print one progress line. */
export function say(io: CliIo, line: string): void {
  io.stdout.write(`${line}\n`);
}

/** Run a long step, printing `label…` first and `label done (Nms)` after, so users see what is happening. */
export async function step<T>(io: CliIo, label: string, work: () => Promise<T>): Promise<T> {
  say(io, `${label}…`);
  const started = process.hrtime.bigint();
  const result = await work();
  const ms = Number((process.hrtime.bigint() - started) / 1_000_000n);
  say(io, `${label} done (${ms} ms)`);
  return result;
}

/** A byte count for humans: `812 B`, `14.2 KiB`, `3.1 MiB`. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
