import type { MiddlewareHandler } from "hono";
import { createExposition, sample } from "../http/prometheus-text.ts";
import type { Store } from "../store/index.ts";

/** Upper bounds (seconds) of the request latency histogram's buckets. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] as const;

/** The web app's first path segments, as routes (anything else counts as `other`: labels stay few). */
const ROUTES = new Set([
  "archive",
  "d",
  "e",
  "feed.xml",
  "login",
  "logout",
  "review",
  "runs",
  "search",
  "sources",
  "static",
  "trends",
  "api",
  "mcp",
]);

/** A request path's route label: its first segment (`/` for the front page), a briefing's `/b/<id>` left off. */
export function routeOf(path: string): string {
  const own = path.replace(/^\/b\/[a-z0-9][a-z0-9_-]{0,63}(?=\/|$)/, "");
  const first = own.split("/")[1] ?? "";
  if (first === "") return "/";
  return ROUTES.has(first) ? `/${first}` : "other";
}

interface Latency {
  count: number;
  sum: number;
  /** Per bucket of LATENCY_BUCKETS: requests at or under its bound (not yet cumulative). */
  buckets: number[];
}

/**
 * What `daybrief serve` counts for its `/metrics`: requests by route, method and status and their
 * latency (a histogram per route), since the process started; runs and delivered parts are read
 * from the store at each scrape, so every process serving the same store reports the same.
 */
export interface ServerMetrics {
  /** Times every request of the app it wraps. */
  middleware: MiddlewareHandler;
  /** The exposition: this process's request counters, the store's runs and deliveries. */
  render(store: Pick<Store, "countRuns" | "countDeliveries">): Promise<string>;
}

export function createServerMetrics(now: () => number = () => performance.now()): ServerMetrics {
  const requests = new Map<string, number>();
  const latency = new Map<string, Latency>();
  const observe = (route: string, method: string, status: number, seconds: number) => {
    const key = `${route}\u0000${method}\u0000${status}`;
    requests.set(key, (requests.get(key) ?? 0) + 1);
    const l = latency.get(route) ?? { count: 0, sum: 0, buckets: LATENCY_BUCKETS.map(() => 0) };
    l.count++;
    l.sum += seconds;
    const at = LATENCY_BUCKETS.findIndex((bound) => seconds <= bound);
    if (at >= 0) l.buckets[at]!++;
    latency.set(route, l);
  };
  return {
    middleware: async (c, next) => {
      const started = now();
      try {
        await next();
      } finally {
        observe(routeOf(c.req.path), c.req.method, c.res.status, (now() - started) / 1000);
      }
    },
    async render(store) {
      const { family, text } = createExposition();
      const runs = await store.countRuns();
      family(
        "daybrief_runs",
        "gauge",
        "Runs per briefing and status, stored so far (read from the store at scrape time).",
        runs.map((r) => sample("daybrief_runs", { briefing: r.briefingId, status: r.status }, r.count)),
      );
      const parts = await store.countDeliveries();
      family(
        "daybrief_delivery_parts",
        "gauge",
        "Delivery parts per briefing, channel and status, stored so far (read from the store at scrape time).",
        parts.map((p) =>
          sample(
            "daybrief_delivery_parts",
            { briefing: p.briefingId, channel: p.channel, status: p.status },
            p.count,
          ),
        ),
      );
      const split = (key: string) => key.split("\u0000") as [string, string, string];
      family(
        "daybrief_http_requests_total",
        "counter",
        "Requests this server answered, per route, method and status.",
        [...requests].map(([key, n]) => {
          const [route, method, status] = split(key);
          return sample("daybrief_http_requests_total", { route, method, status }, n);
        }),
      );
      family(
        "daybrief_http_request_duration_seconds",
        "histogram",
        "Time to answer a request, per route.",
        [...latency].flatMap(([route, l]) => {
          let cumulative = 0;
          const name = "daybrief_http_request_duration_seconds";
          return [
            ...LATENCY_BUCKETS.map((bound, i) => {
              cumulative += l.buckets[i]!;
              return sample(`${name}_bucket`, { route, le: String(bound) }, cumulative);
            }),
            sample(`${name}_bucket`, { route, le: "+Inf" }, l.count),
            sample(`${name}_sum`, { route }, l.sum),
            sample(`${name}_count`, { route }, l.count),
          ];
        }),
      );
      return text();
    },
  };
}
