import { PerformanceObserver } from 'node:perf_hooks';

/**
 * Starts summing the time V8 spends collecting garbage; `stop()` gives the
 * total in milliseconds. Entries arrive asynchronously, so `stop` waits a
 * turn of the event loop for the last ones.
 */
export function gcTime(): { stop(): Promise<number> } {
  let total = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) total += entry.duration;
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    async stop(): Promise<number> {
      await new Promise((resolve) => setTimeout(resolve, 20));
      observer.disconnect();
      return total;
    },
  };
}
