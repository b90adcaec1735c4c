/** Collects garbage when the bench runs with --expose-gc, so one measurement's garbage is not paid by the next. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Median wall time of `times` runs, in milliseconds, after as many warm-up runs (at most 200, as the analysis bench) so V8 has optimised the code first. */
export function median(run: () => void, times: number): number {
  for (let i = 0; i < Math.min(times, 200); i++) run();
  collectGarbage();
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(times / 2)] ?? 0;
}
