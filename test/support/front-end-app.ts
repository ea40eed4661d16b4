/**
 * The front ends attacked as an anonymous client would (docs/security.md, "the web app, the API and
 * MCP"): the shared setup of test/front-end-security-*.test.ts. Each test drives the real
 * `daybrief serve` app (serveApp: every briefing's web app with its API and MCP, routed by /b/<id>/
 * and ?briefing=) in process, with the socket's peer address @hono/node-server would hand it.
 */
import { Writable } from "node:stream";
import { after, before } from "node:test";
import { serveApp } from "../../src/cli/commands/serve.ts";
import { buildRedactor } from "../../src/cli/redactor.ts";
import { type Config, parseConfig } from "../../src/config/index.ts";
import { silentLogger } from "../../src/log.ts";
import type { Entry } from "../../src/model/index.ts";
import { hashToken } from "../../src/server/api/auth.ts";
import { hashPassword } from "../../src/server/index.ts";
import { openTempStore } from "../../src/store/testing.ts";
import { DEMO_DAY } from "./cli-harness.ts";
import { openWebFixture, type WebFixture } from "./web-fixture.ts";
import { cookiesOf } from "./web-jar.ts";

export const USER = { name: "editor", password: "correct horse battery" };
export const TOKEN = "t".repeat(40);
export const ORIGIN = "http://127.0.0.1:8080";

/** The socket's peer as @hono/node-server hands it to the app. */
export const peer = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });

/**
 * Opens the fixtures before the file's tests and closes them after: the web app's fixture (the demo
 * day, a history day and a hostile day: web-fixture.ts) and a temp store for the serve command's
 * app, with a config of two briefings (default, chips), one user, one read token and 3 API
 * requests a minute. Call once, at the top of a test file; `webFixture: false` skips the web app's
 * fixture (a real demo run, the costly part) for a file whose tests use only `served()`.
 */
export function useFrontEnd(options: { webFixture?: boolean } = {}) {
  let temp: ReturnType<typeof openTempStore>;
  let config: Config;
  let fx: WebFixture | undefined;
  before(async () => {
    if (options.webFixture !== false) fx = await openWebFixture({ historyDays: 1 });
    temp = openTempStore();
    const passwordHash = await hashPassword(USER.password);
    config = parseConfig(
      JSON.stringify({
        sources: [
          { id: "a", name: "A", url: "https://example.com/a.xml" },
          { id: "b", name: "B", url: "https://example.com/b.xml" },
        ],
        briefings: [
          { id: "default", title: "默认", sources: ["a"] },
          { id: "chips", title: "芯片", sources: ["b"] },
        ],
        serve: { cookieSecret: "k".repeat(40), users: [{ name: USER.name, passwordHash }] },
        api: {
          tokens: [{ name: "bot", sha256: hashToken(TOKEN), scopes: ["read"] }],
          rateLimit: { perMinute: 3 },
        },
      }),
      { env: {}, baseDir: "/tmp" },
    );
  });
  after(async () => {
    await temp?.remove();
    await fx?.close();
  });
  const webFixture = (): WebFixture => {
    if (!fx) throw new Error("useFrontEnd({ webFixture: false }) opened no web fixture");
    return fx;
  };
  return {
    get fx() {
      return webFixture();
    },
    get config() {
      return config;
    },
    /** The serve command's app over the temp store (one per test: limiters live as long as it). */
    served(over: (config: Config) => Config = (c) => c) {
      const sink = new Writable({ write: (_c, _e, done) => done() });
      const now = () => new Date("2026-02-05T13:00:00Z");
      const ctx = { env: {}, cwd: "/tmp", stdout: sink, stderr: sink, now };
      return serveApp(ctx, over(config), temp.store, {
        now,
        redact: buildRedactor(config, {}),
        logger: silentLogger(),
      });
    },
    /**
     * A new article of `day` shaped as the demo day's first entry, with an ok analysis of `entry`
     * (fields over the demo entry's); returns its id and the briefing item carrying it (for a draft
     * or a published briefing of `day`).
     */
    async addArticleOfDay(
      day: string,
      tag: string,
      article: { title: string; text?: (demoText: string) => string },
      entryFields: Partial<Entry>,
    ) {
      const { store } = webFixture().day;
      const base = (await store.getBriefing(DEMO_DAY))!.briefing;
      const item = structuredClone(base.items[0]!);
      const demo = (await store.getArticle(item.articleId!))!;
      const url = `${demo.url}?${tag}=1`;
      const contentHash = `${demo.contentHash.slice(0, 50)}${tag}`;
      const { id } = await store.saveArticle({
        ...demo,
        id: undefined,
        url,
        originalUrl: url,
        title: article.title,
        text: article.text ? article.text(demo.text) : demo.text,
        publishedAt: `${day}T02:00:00Z`,
        contentHash,
      });
      const analyser = (await store.listAnalysesForArticles([item.articleId!])).find(
        (a) => a.status === "ok",
      )!.analyser;
      const entry = { ...item.entry, ...entryFields };
      await store.saveAnalysis({ status: "ok", entry, analyser, articleId: id, contentHash });
      /** The day's briefing carrying only this article, with `shown` as its entry. */
      const briefingWith = (shown: Entry = entry) => ({
        ...base,
        date: day,
        items: [{ ...item, entry: shown, articleId: id, url }],
      });
      return { id: String(id), entry, briefingWith };
    },
  };
}

export type FrontEnd = ReturnType<typeof useFrontEnd>;
export type ServedApp = ReturnType<FrontEnd["served"]>;

/** GET `<prefix>/login` for its form, then POST the login to `<prefix>/login` from `address`. */
export async function login(
  app: ServedApp,
  prefix: string,
  fields: { name: string; password: string },
  address = "10.0.0.1",
) {
  const form = await app.request(`${ORIGIN}${prefix}/login`, {}, peer(address));
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1]!;
  const res = await app.request(
    `${ORIGIN}${prefix}/login`,
    {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(form) },
      body: new URLSearchParams({ _csrf: csrf, ...fields }).toString(),
    },
    peer(address),
  );
  await res.body?.cancel();
  return res.status;
}
