/** Where a stop signal came from: this process's own, or passed on by the launching parent (bin/launch.mjs). */
export type StopSource = "own" | "passed";

/**
 * Counts stop requests (SIGINT, SIGTERM) so that one signal delivered twice — to this process and,
 * passed on, from its parent, as a terminal's Ctrl-C or systemd's stop reach both — is one request.
 * Per signal, the requests are the larger of the two counts: Ctrl-C pressed twice is two, whichever
 * way each press arrives first. Returns the number of requests so far, over all signals.
 */
export function stopCounter(): (signal: string, source: StopSource) => number {
  const counts = new Map<string, { own: number; passed: number }>();
  return (signal, source) => {
    const count = counts.get(signal) ?? { own: 0, passed: 0 };
    count[source]++;
    counts.set(signal, count);
    let total = 0;
    for (const c of counts.values()) total += Math.max(c.own, c.passed);
    return total;
  };
}
