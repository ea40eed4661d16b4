// The run-scale bench's options, from flags or DAYBRIEF_BENCH_* (see run-scale.ts), and the
// children's MALLOC_ARENA_MAX.
export interface RunScaleOptions {
  sizes?: number[];
  days?: number;
  perDay?: number;
  /** dedup.windowDays of the days run (default 7). */
  windowDays?: number;
  /** Days of stories stored before day 1 (written through the store, not timed). */
  history?: number;
  /** Root of another checkout whose src/ is run alternately with this one's, day by day. */
  against?: string;
  /**
   * How the children start: as the CLI starts a run (`cli`, default: bin/launch.mjs's heap cap and
   * MALLOC_ARENA_MAX), or as a plain node process (`plain`: neither).
   */
  launch?: "cli" | "plain";
  /** V8 old-space cap for the child runs (MB); undefined: as `launch` says. */
  heapMb?: number;
  /** V8 semi-space cap (MB) for the child runs; 0: V8's default; undefined: as `launch` says. */
  semiSpaceMb?: number;
  /**
   * glibc's MALLOC_ARENA_MAX for the child runs: 2 by default, as the Dockerfile and the systemd unit
   * run the CLI (docs/architecture.md, Memory and scale); 0 leaves glibc's default (8 per core).
   */
  mallocArenas?: number;
}

/** MALLOC_ARENA_MAX the deployment files set (Dockerfile, deploy/daybrief.service). */
export const DEPLOYED_MALLOC_ARENAS = 2;

/** The child's environment: this one's, with MALLOC_ARENA_MAX as asked (0: glibc's default). */
export function childEnv(mallocArenas: number, env = process.env): NodeJS.ProcessEnv {
  const { MALLOC_ARENA_MAX: _, ...rest } = env;
  return mallocArenas > 0 ? { ...rest, MALLOC_ARENA_MAX: String(mallocArenas) } : rest;
}

function listOf(text: string | undefined): number[] | undefined {
  if (!text) return undefined;
  const list = text
    .split(",")
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n) && n > 0);
  return list.length > 0 ? list : undefined;
}

/** Options from flags (`--sizes=1000,3000 --days=7 --per-day=1000 --heap=…`) or DAYBRIEF_BENCH_* env. */
export function runScaleOptions(argv: readonly string[], env = process.env): RunScaleOptions {
  const flag = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const num = (text: string | undefined) => (text && Number(text) > 0 ? Number(text) : undefined);
  return {
    sizes:
      (flag("sizes") ?? env.DAYBRIEF_BENCH_SIZES) === "none"
        ? []
        : listOf(flag("sizes") ?? env.DAYBRIEF_BENCH_SIZES),
    days: num(flag("days") ?? env.DAYBRIEF_BENCH_DAYS),
    perDay: num(flag("per-day") ?? env.DAYBRIEF_BENCH_PER_DAY),
    windowDays: num(flag("window") ?? env.DAYBRIEF_BENCH_WINDOW),
    history: num(flag("history") ?? env.DAYBRIEF_BENCH_HISTORY),
    against: flag("against") ?? env.DAYBRIEF_BENCH_AGAINST,
    launch: (flag("launch") ?? env.DAYBRIEF_BENCH_LAUNCH) === "plain" ? "plain" : undefined,
    heapMb: num(flag("heap") ?? env.DAYBRIEF_BENCH_HEAP_MB),
    semiSpaceMb: arenasOf(flag("semi-space") ?? env.DAYBRIEF_BENCH_SEMI_SPACE_MB),
    mallocArenas: arenasOf(flag("malloc-arenas") ?? env.DAYBRIEF_BENCH_MALLOC_ARENAS),
  };
}

function arenasOf(text: string | undefined): number | undefined {
  return text !== undefined && Number.isInteger(Number(text)) && Number(text) >= 0 ? Number(text) : undefined;
}
