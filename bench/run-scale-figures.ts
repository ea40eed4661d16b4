// What one run-scale child measures (one day on one store), and the small helpers parent and child share.

export const SOURCES = 20;
export const FIRST_DATE = "2026-03-02";

/** One run (one day) as measured by the child. */
export interface DayFigures {
  date: string;
  articles: number;
  wallMs: number;
  stages: Record<string, number>;
  peakRssMb: number;
  status: string;
  entries: number;
  /** 1-minute load average when the day started. */
  load?: number;
  /** V8's heapUsed at its highest (MB), sampled every 20 ms and at each stage's end. */
  peakHeapMb?: number;
  /** V8's heap_size_limit (MB): the cap the run had (--max-old-space-size plus the young space). */
  heapLimitMb?: number;
  /** Peak RSS (MB) while each stage ran, sampled every 20 ms and at each stage's end. */
  stagePeakMb?: Record<string, number>;
  /** The kernel's RSS high-water mark (MB) at the end of each stage that raised it (and at the start). */
  hwmMb?: Record<string, number>;
  /** Time (ms) in the store's slowest methods (over 50 ms in the day). */
  storeMs?: Record<string, number>;
  /**
   * CPU time (ms, user + system, this process) per stage and for the whole run: on a machine shared
   * with other work, the wall times of two days differ by the load, their CPU times much less.
   */
  stagesCpu?: Record<string, number>;
  cpuMs?: number;
}

export function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export const seconds = (ms: number) => Math.round(ms / 100) / 10;
