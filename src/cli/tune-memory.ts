import { setFlagsFromString } from "node:v8";

/**
 * V8 flags the CLI sets for its own process, before any work: `--optimize-for-size` makes V8 keep
 * the heap small (it collects before growing), which cut the peak RSS of a 1,000-article run from
 * ~410 MB to ~240 MB with no measurable slowdown (bench run-scale, docs/architecture.md). A hard
 * `--max-old-space-size` cap was measured too: 96–128 MB saves about as much but slows the run
 * 1.2–2× with GC and would crash a bigger day, so none is set. `DAYBRIEF_V8_FLAGS` replaces the
 * default (an empty value sets nothing).
 */
export const DEFAULT_V8_FLAGS = "--optimize-for-size";

export function tuneMemory(env: Record<string, string | undefined>): string {
  const flags = env.DAYBRIEF_V8_FLAGS ?? DEFAULT_V8_FLAGS;
  for (const flag of flags.split(/\s+/).filter(Boolean)) setFlagsFromString(flag);
  return flags;
}
