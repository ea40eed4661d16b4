// Peak resident memory during a bench phase. A timer samples process.memoryUsage().rss every ~20 ms;
// because the timer only fires when the event loop turns, callers also call sample() after each unit
// of synchronous work, so a long synchronous stretch cannot hide a peak.

const MB = 1024 * 1024;

export interface RssReport {
  startMb: number;
  peakMb: number;
  endMb: number;
  samples: number;
}

export interface RssSampler {
  sample(): void;
  stop(): RssReport;
}

export function startRssSampler(intervalMs = 20): RssSampler {
  const start = process.memoryUsage().rss;
  let peak = start;
  let samples = 1;
  const take = (rss: number) => {
    samples++;
    if (rss > peak) peak = rss;
  };
  const timer = setInterval(() => take(process.memoryUsage().rss), intervalMs);
  timer.unref();
  return {
    // memoryUsage.rss() skips the heap statistics: cheap enough to call once per article.
    sample: () => take(process.memoryUsage.rss()),
    stop() {
      clearInterval(timer);
      const end = process.memoryUsage().rss;
      take(end);
      return { startMb: start / MB, peakMb: peak / MB, endMb: end / MB, samples };
    },
  };
}
