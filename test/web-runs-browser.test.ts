/**
 * Live runs in a real headless Chromium: an editor logs in, starts `run --date D` from /runs
 * against a local demo setup (the demo feeds on 127.0.0.1, the offline analyser, every request
 * slowed so the run takes a few seconds), and the page follows the run's stages live to its end
 * without reloading; a second run meanwhile is refused; a forged CSRF token on the trigger form is
 * refused; the API docs page mounted in the app is styled with no Content-Security-Policy violation.
 */
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { after, before, describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { type Config, loadConfig } from "../src/config/index.ts";
import { type DemoServer, startDemoServer } from "../src/demo/index.ts";
import { createApiApp } from "../src/server/api/create-api-app.ts";
import { createServerApp, hashPassword, type ListeningServer, listenApp } from "../src/server/index.ts";
import { openStore, type Store } from "../src/store/index.ts";
import { browserSkipReason, confinePage, launchBrowser } from "./support/browser.ts";
import { baseConfig, createHarness, DEMO_DAY, FIXED_NOW, type Harness } from "./support/cli-harness.ts";
import { EDITOR } from "./support/web-fixture.ts";
import { heldFetch, webRunActions } from "./support/web-runs.ts";

const skip = browserSkipReason();
const SHOTS = resolve(import.meta.dirname, "../test-artifacts/web");
/** Every request of the run waits this long: the run lasts seconds, long enough to watch. */
const DELAY_MS = 250;

let demo: DemoServer;
let harness: Harness;
let store: Store;
let server: ListeningServer;
let browser: Browser;

before(async () => {
  if (skip) return;
  mkdirSync(SHOTS, { recursive: true });
  demo = await startDemoServer({ allowOrigins: [] });
  harness = createHarness({ fetch: demo.fetch });
  harness.writeConfig(
    baseConfig(demo.sources, {
      serve: {
        cookieSecret: "c".repeat(40),
        users: [{ name: EDITOR.name, passwordHash: await hashPassword(EDITOR.password) }],
      },
    }),
  );
  const config: Config = loadConfig(harness.configPath, {});
  mkdirSync(dirname(config.store.path), { recursive: true });
  store = openStore(config.store.path);
  const { actions, runs } = webRunActions(
    config,
    harness.dir,
    heldFetch(demo.fetch, () => sleep(DELAY_MS)),
  );
  const now = () => FIXED_NOW;
  const app = createServerApp({
    queries: { store, config },
    now,
    runs,
    actions,
    runsPollMs: 500,
    mounts: [{ path: "/api/v1", app: createApiApp({ query: { store, config }, now }) }],
  });
  server = await listenApp(app, { port: 0, host: "127.0.0.1" });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await store?.close();
  await demo?.close();
  harness?.cleanup();
});

/** A desktop page confined to the app, recording CSP violations and every text the live panel showed. */
async function openPage(path: string): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript({
    content: `globalThis.__name = (f) => f;
window.__csp = [];
window.__panel = [];
document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(e.violatedDirective + " " + e.blockedURI));
document.addEventListener("DOMContentLoaded", () => {
  const body = document.getElementById("live-runs-body");
  if (body) new MutationObserver(() => window.__panel.push(body.innerText)).observe(body, { childList: true, subtree: true, characterData: true });
});`,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await confinePage(page, server.url);
  await page.goto(`${server.url}${path}`);
  return { context, page, errors };
}

async function logIn(page: Page) {
  await page.fill("#name", EDITOR.name);
  await page.fill("#password", EDITOR.password);
  await Promise.all([page.waitForURL(/\/runs$/), page.click("button[type=submit].primary")]);
}

const runCount = async () => (await store.listRuns(1000)).length;

describe("live runs on /runs in Chromium", { skip }, () => {
  test("log in, start a run from the page, watch its stages update live to the end (no reload); a second run meanwhile is refused", async () => {
    const { context, page, errors } = await openPage("/login?next=/runs");
    try {
      await logIn(page);
      assert.equal(await page.locator("#live-runs .live-idle").count(), 1, "nothing running yet");
      await page.fill("#run-date", DEMO_DAY);
      await Promise.all([
        page.waitForURL(/\/runs\?started=\d+$/),
        page.click('form[action="/runs/start"] button[type=submit]'),
      ]);
      const id = Number(new URL(page.url()).searchParams.get("started"));
      await page.evaluate(() => {
        (window as unknown as { __same: boolean }).__same = true;
      });
      await page.waitForSelector('#live-runs[data-connected="true"]', { timeout: 10_000 });

      // Meanwhile a second start (same session and token, as the form would send it) is refused.
      const csrf = await page.inputValue('form[action="/runs/start"] input[name="_csrf"]');
      const second = await context.request.post(`${server.url}/runs/start`, {
        form: { _csrf: csrf, date: DEMO_DAY },
        headers: { origin: server.url },
        maxRedirects: 0,
      });
      assert.equal(second.status(), 409);
      assert.match(
        await second.text(),
        /已有一个运行在进行（editor（网页 web）.*Another run is in progress \(web:editor/s,
      );

      await page.waitForSelector(
        `.live-run[data-run-id="${id}"]:is([data-state="ok"], [data-state="degraded"])`,
        {
          timeout: 90_000,
        },
      );
      const seen = await page.evaluate(() => ({
        same: (window as unknown as { __same?: boolean }).__same,
        panel: (window as unknown as { __panel: string[] }).__panel,
        csp: (window as unknown as { __csp: string[] }).__csp,
      }));
      assert.equal(seen.same, true, "the page was never reloaded: the panel was updated in place");
      const running = [...new Set(seen.panel.filter((t) => t.includes("运行中 (running)")))];
      assert.ok(
        running.length >= 2,
        `the running run changed on screen at least twice: ${JSON.stringify(running)}`,
      );
      const stages = new Set(running.map((t) => /当前阶段 \(stage\)：(\S+)/.exec(t)?.[1]).filter(Boolean));
      assert.ok(stages.size >= 2, `several stages shown live: ${[...stages]}`);
      assert.match(
        (await page.locator(`#live-run-${id}`).textContent()) ?? "",
        /✅ 完成 \(done\)|⚠️ 完成，有缺失/,
      );
      assert.deepEqual(seen.csp, [], "no Content-Security-Policy violation");
      assert.deepEqual(errors, []);
      const run = (await store.getRun(id))!;
      assert.equal(run.command, "web:editor");
      assert.match(run.status, /ok|degraded/);
      assert.ok((run.counts.entries ?? 0) > 0, JSON.stringify(run.counts));
      await page.screenshot({ path: join(SHOTS, "runs-live-1280.png"), fullPage: true });
      assert.match(
        (await page.locator("#live-runs-announce").textContent()) ?? "",
        new RegExp(`#${id} (✅|⚠️)`),
      );
      // On a phone the panel and the forms fit: no sideways scroll.
      await page.setViewportSize({ width: 390, height: 844 });
      assert.ok(
        await page.evaluate(() => document.documentElement.scrollWidth <= 390),
        "no sideways scroll at 390 px",
      );
      await page.screenshot({ path: join(SHOTS, "runs-live-390.png"), fullPage: true });
      // Reloaded, the list shows who started it.
      await page.goto(`${server.url}/runs`);
      assert.match(
        (await page.locator('table:has(caption:text("运行（新的在前）"))').textContent()) ?? "",
        /editor（网页 web）/,
      );
    } finally {
      await context.close();
    }
  });

  test("a forged CSRF token on the trigger form is refused (403) and starts nothing", async () => {
    const { context, page } = await openPage("/login?next=/runs");
    try {
      await logIn(page);
      const before = await runCount();
      await page.evaluate(() => {
        const field = document.querySelector<HTMLInputElement>(
          'form[action="/runs/start"] input[name="_csrf"]',
        )!;
        field.value = "forged-token-forged-token-forged-token";
      });
      const [response] = await Promise.all([
        page.waitForNavigation(),
        page.click('form[action="/runs/start"] button[type=submit]'),
      ]);
      assert.equal(response?.status(), 403);
      assert.match((await page.locator("body").textContent()) ?? "", /CSRF/);
      assert.equal(await runCount(), before);
    } finally {
      await context.close();
    }
  });

  test("/api/v1/docs mounted in the app is styled, with no Content-Security-Policy violation", async () => {
    const { context, page, errors } = await openPage("/api/v1/docs");
    try {
      const look = await page.evaluate(() => ({
        collapse: getComputedStyle(document.querySelector("table")!).borderCollapse,
        maxWidth: getComputedStyle(document.body).maxWidth,
        csp: (window as unknown as { __csp: string[] }).__csp,
      }));
      assert.equal(look.collapse, "collapse");
      assert.notEqual(look.maxWidth, "none");
      assert.deepEqual(look.csp, []);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
