/**
 * The HTTP API's suite (src/server/api/create-api-app.test.ts runs it in one process, in order):
 * the demo day run for real with two more days in the archive, the app over it, and `call`, which
 * keeps every response so the suite's last tests can check them all against the OpenAPI document.
 * `day` and `deps` are set by openApiSuite's `before`; read them inside tests.
 */
import { after, before } from "node:test";
import type { Config } from "../../src/config/index.ts";
import { createApiApp } from "../../src/server/api/create-api-app.ts";
import type { ServerDeps } from "../../src/server/api/deps.ts";
import { apiConfig, demoServerDeps, READ_TOKEN } from "../support/api-server.ts";
import { DEMO_DAY } from "../support/cli-harness.ts";
import { type DemoDay, runDemoDay } from "../support/demo-store.ts";

export let day: DemoDay;
export let deps: ServerDeps;
let app: ReturnType<typeof createApiApp>;
/** Every response the tests saw, checked against the OpenAPI document at the end. */
export const seen: { method: string; path: string; status: number; mediaType: string; body: unknown }[] = [];

/** Opens the demo archive and the app before the suite's tests, closes it after; call once, first. */
export function openApiSuite() {
  before(async () => {
    day = await runDemoDay(apiConfig());
    // Two more days in the archive (copies of the demo day), so the list has pages.
    const stored = (await day.store.getBriefing(DEMO_DAY))!;
    for (const date of ["2026-02-02", "2026-02-03"])
      await day.store.saveBriefing({
        date,
        generatedAt: `${date}T13:30:00.000Z`,
        briefing: { ...stored.briefing, date },
        outputs: {},
      });
    deps = demoServerDeps(day);
    app = createApiApp(deps);
  });
  after(async () => {
    await day?.close();
  });
}

export async function call(
  path: string,
  init: RequestInit & { token?: string | null; on?: ReturnType<typeof createApiApp> } = {},
  // biome-ignore lint/suspicious/noExplicitAny: JSON bodies of every route, checked field by field (and by the contract test)
): Promise<{ res: Response; body: any }> {
  const headers = new Headers(init.headers);
  const token = init.token === undefined ? READ_TOKEN : init.token;
  if (token) headers.set("authorization", `Bearer ${token}`);
  const res = await (init.on ?? app).request(path, { ...init, headers });
  const mediaType = (res.headers.get("content-type") ?? "").split(";")[0]!;
  const text = await res.text();
  const body = text && mediaType.endsWith("json") ? JSON.parse(text) : text || undefined;
  if (!init.on && !path.startsWith("/openapi") && !path.startsWith("/docs") && init.method !== "OPTIONS")
    seen.push({
      method: init.method ?? "GET",
      path: new URL(path, "http://x").pathname,
      status: res.status,
      mediaType,
      body,
    });
  return { res, body };
}

export function withApi(api: object, extra: Partial<ServerDeps> = {}) {
  const config = { ...day.config, api: { ...day.config.api, ...api } } as Config;
  return createApiApp({ ...deps, ...extra, query: { store: day.store, config } });
}

/** A draft of `date` holding the demo day's briefing; returns that briefing. */
export async function saveDemoDraft(date: string) {
  const published = (await day.store.getBriefing(DEMO_DAY))!.briefing;
  await day.store.saveDraft({
    date,
    createdAt: `${date}T13:30:00.000Z`,
    briefing: { ...published, date },
    kind: "briefing",
    deadline: `${date}T23:30:00.000Z`,
  });
  return published;
}
