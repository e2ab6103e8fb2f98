/** One measured figure, reported as a ratio against a baseline measured in the same run. */
export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  baseline: number;
  /** value / baseline; what the target in the issue is stated against. */
  ratio: number;
  /** The target, e.g. "≤ 1.5", for the table. */
  target?: string;
  note?: string;
}

export interface Bench {
  name: string;
  run(): Promise<BenchFigure[]>;
}

export function figure(name: string, value: number, unit: string, baseline: number, extra: Partial<BenchFigure> = {}): BenchFigure {
  return { name, value: round(value), unit, baseline: round(baseline), ratio: baseline === 0 ? 0 : round(value / baseline, 3), ...extra };
}

export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Runs `fn` n times and returns each duration in ms. */
export async function timeRuns(n: number, fn: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}
