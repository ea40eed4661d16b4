/**
 * The web app over a real store: the demo day run for real (offline analyser), `historyDays`
 * earlier days generated from it, and one hostile day whose entry, article and source name carry
 * markup and script URLs in every field a feed or an LLM controls. Used by the route tests, the
 * browser tests and the web bench.
 */
import type { Hono } from "hono";
import type { Config } from "../../src/config/index.ts";
import { writeDemoHistory } from "../../src/demo/demo-history.ts";
import type { Briefing } from "../../src/model/index.ts";
import type { AppEnv } from "../../src/server/auth/env.ts";
import { createServerApp, hashPassword, type ServerDeps } from "../../src/server/index.ts";
import type { StoredAnalysis } from "../../src/store/index.ts";
import { DEMO_DAY } from "./cli-harness.ts";
import { type DemoDay, runDemoDay } from "./demo-store.ts";

export const PWN = "window.__pwned=1";
export const HOSTILE = `<script>${PWN}</script><img src=x onerror="${PWN}">"'&`;
export const HOSTILE_DAY = "2026-02-05";
export const EDITOR = { name: "editor", password: "correct horse battery" };

export interface WebFixture {
  day: DemoDay;
  config: Config;
  /** The entry id of the hostile entry (on HOSTILE_DAY). */
  hostileId: string;
  /** History dates written (oldest first). */
  history: string[];
  app(overrides?: {
    serve?: Partial<Config["serve"]>;
    output?: Partial<Config["output"]>;
    deps?: Partial<ServerDeps>;
  }): Hono<AppEnv>;
  close(): Promise<void>;
}

/** Now for the app: the demo day's evening (so "the last 30 days" hold the demo's articles). */
export const WEB_NOW = new Date("2026-02-05T13:00:00Z");

export async function openWebFixture(options: { historyDays?: number } = {}): Promise<WebFixture> {
  const day = await runDemoDay();
  const { store } = day;
  const history = await writeDemoHistory(store, { baseDate: DEMO_DAY, days: options.historyDays ?? 14 });
  const hostileId = await writeHostileDay(day);
  const passwordHash = await hashPassword(EDITOR.password);
  const config: Config = {
    ...day.config,
    serve: {
      ...day.config.serve,
      users: [{ name: EDITOR.name, passwordHash }],
      cookieSecret: "s".repeat(40),
    },
  };
  return {
    day,
    config,
    hostileId,
    history,
    app(overrides = {}) {
      const merged: Config = {
        ...config,
        serve: { ...config.serve, ...overrides.serve },
        output: { ...config.output, ...overrides.output },
      };
      return createServerApp({ queries: { store, config: merged }, now: () => WEB_NOW, ...overrides.deps });
    },
    close: () => day.close(),
  };
}

/** A day with one entry whose every field (and its article's title) is hostile; returns its id. */
async function writeHostileDay(day: DemoDay): Promise<string> {
  const { store } = day;
  const base = structuredClone((await store.getBriefing(DEMO_DAY))!.briefing);
  const item = structuredClone(base.items[0]!);
  const article = (await store.getArticle(item.articleId!))!;
  const url = `${article.url}?hostile=1`;
  const { id } = await store.saveArticle({
    ...article,
    id: undefined,
    url,
    originalUrl: url,
    title: `${article.title}${HOSTILE}`,
    publishedAt: "2026-02-05T02:00:00Z",
    contentHash: `${article.contentHash.slice(0, 50)}hostile`,
  });
  const e = item.entry;
  e.title = `${e.title}${HOSTILE}`;
  e.org = `${e.org}${HOSTILE}`;
  e.summary = `${e.summary}${HOSTILE}`;
  e.tags = [...e.tags, HOSTILE];
  e.core.bullets.push({ label: HOSTILE, text: HOSTILE });
  e.resources.push({ label: HOSTILE, url: `javascript:${PWN}`, title: HOSTILE });
  const analysis = (await store.listAnalysesForArticles([item.articleId!])).find((a) => a.status === "ok") as
    | Extract<StoredAnalysis, { status: "ok" }>
    | undefined;
  await store.saveAnalysis({
    status: "ok",
    entry: e,
    analyser: analysis!.analyser,
    articleId: id,
    contentHash: `${article.contentHash.slice(0, 50)}hostile`,
  });
  const briefing: Briefing = {
    ...base,
    date: "2026-02-05",
    generatedAt: "2026-02-05T13:00:00Z",
    items: [{ ...item, articleId: id, url, sourceName: `${item.sourceName}${HOSTILE}`, related: [] }],
    notes: [HOSTILE],
  };
  await store.saveBriefing({
    date: briefing.date,
    generatedAt: briefing.generatedAt,
    briefing,
    outputs: {},
  });
  return String(id);
}
