/**
 * The published static pages under their own Content-Security-Policy, in a real headless Chromium:
 * a day page (renderHtml) and the site index with its search (renderIndexHtml + search.js +
 * search-index.json), served from 127.0.0.1 and opened from disk. The pages must still look and work
 * the same (their one inline <style> applies, the site search runs and finds entries) while anything
 * that got past the escaping would not: an inline script, a <style> of its own, a load from anywhere.
 */
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { renderHtml, renderIndexHtml, renderSearchIndex, SITE_SEARCH_SCRIPT } from "../src/render/index.ts";
import { sampleBriefing } from "../src/render/testdata/sample-2026-02-04.ts";
import { browserSkipReason, confinePage, launchBrowser } from "./support/browser.ts";
import { HTML_TYPE, type RouteServer, startRouteServer } from "./support/route-server.ts";

const DAY = `${sampleBriefing.date}.html`;
const FILES: Record<string, { type: string; body: string }> = {
  [`/${DAY}`]: { type: HTML_TYPE, body: renderHtml(sampleBriefing) },
  "/index.html": {
    type: HTML_TYPE,
    body: renderIndexHtml([{ date: sampleBriefing.date, title: "AI 日报", entries: 16, topTitles: [] }], {
      search: { indexHref: "search-index.json", scriptHref: "search.js" },
    }),
  },
  "/search.js": { type: "text/javascript; charset=utf-8", body: SITE_SEARCH_SCRIPT },
  "/search-index.json": {
    type: "application/json",
    body: renderSearchIndex([sampleBriefing], () => DAY),
  },
};

/** What a markup injection would try once on the page: run a script, restyle it, load something. */
async function tryInjections(page: Page, probeUrl: string) {
  return page.evaluate(async (probe) => {
    const violations: string[] = [];
    document.addEventListener("securitypolicyviolation", (e) => violations.push(e.effectiveDirective));
    const script = document.createElement("script");
    script.textContent = "window.__pwned = 1";
    document.body.append(script);
    const style = document.createElement("style");
    style.textContent = "body { color: rgb(1, 2, 3) !important }";
    document.head.append(style);
    const img = document.createElement("img");
    img.src = probe;
    document.body.append(img);
    await new Promise((resolve) => setTimeout(resolve, 300));
    return {
      pwned: (window as { __pwned?: unknown }).__pwned,
      color: getComputedStyle(document.body).color,
      violations: violations.sort(),
    };
  }, probeUrl);
}

/** The page's own look: the inline <style> applied (46rem column, 16 px text, cards with a border). */
async function ownStyle(page: Page) {
  return page.evaluate(() => ({
    mainWidth: getComputedStyle(document.querySelector("main")!).maxWidth,
    fontSize: getComputedStyle(document.body).fontSize,
    margin: getComputedStyle(document.body).margin,
  }));
}
const STYLED = { mainWidth: "736px", fontSize: "16px", margin: "0px" };

const skip = browserSkipReason();

describe("static pages under their own CSP in a real Chromium", { skip, timeout: 120_000 }, () => {
  let browser: Browser;
  let server: RouteServer;
  const dir = mkdtempSync(join(tmpdir(), "daybrief-csp-"));

  before(async () => {
    server = await startRouteServer({ ...FILES, "/probe.png": { type: "image/png", body: "" } });
    for (const [path, file] of Object.entries(FILES)) writeFileSync(join(dir, path), file.body);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(url: string) {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const refused = url.startsWith("http") ? await confinePage(page, server.origin) : [];
    const errors: string[] = [];
    const consoleErrors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
    await page.goto(url, { waitUntil: "load" });
    return { context, page, refused, errors, consoleErrors };
  }

  test("a day page keeps its look; an injected script, style or image is refused", async () => {
    const { context, page, refused, errors, consoleErrors } = await open(`${server.origin}/${DAY}`);
    try {
      assert.deepEqual(await ownStyle(page), STYLED, "the page's own inline <style> did not apply");
      assert.deepEqual(consoleErrors, [], "the page's own content broke its policy");
      const injected = await tryInjections(page, `${server.origin}/probe.png`);
      assert.equal(injected.pwned, undefined, "an inline script ran");
      assert.notEqual(injected.color, "rgb(1, 2, 3)", "an injected <style> applied");
      assert.deepEqual(injected.violations, ["img-src", "script-src-elem", "style-src-elem"]);
      assert.ok(!server.requests.some((r) => r.path === "/probe.png"), "the injected image was fetched");
      assert.deepEqual([...refused], []);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test("the site index: its search script runs and finds entries; an inline script does not run", async () => {
    const { context, page, refused, errors, consoleErrors } = await open(`${server.origin}/index.html`);
    try {
      assert.deepEqual(await ownStyle(page), STYLED);
      await page.locator("#search-q").waitFor({ state: "visible" });
      const first = sampleBriefing.items[0]!.entry.org;
      await page.locator("#search-q").fill(first);
      await page.locator("#search-results a").first().waitFor();
      const hits = await page.locator("#search-results a").allTextContents();
      assert.ok(hits.length > 0 && hits.every((h) => h.includes(first)), JSON.stringify(hits));
      assert.deepEqual(consoleErrors, []);
      const injected = await tryInjections(page, `${server.origin}/probe.png`);
      assert.equal(injected.pwned, undefined, "an inline script ran beside the site's own");
      assert.ok(injected.violations.includes("script-src-elem"));
      assert.deepEqual([...refused], []);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test("opened from disk (file:) the pages keep their look and run no inline script", async () => {
    for (const name of [DAY, "index.html"]) {
      const { context, page, errors } = await open(pathToFileURL(join(dir, name)).href);
      try {
        assert.deepEqual(await ownStyle(page), STYLED, `${name}: the inline <style> did not apply`);
        if (name === "index.html") {
          // search.js beside the page runs ('self'); from disk Chromium lets no page fetch the index.
          await page.locator("#search-q").waitFor({ state: "visible" });
        }
        const injected = await tryInjections(page, "https://evil.example/probe.png");
        assert.equal(injected.pwned, undefined, `${name}: an inline script ran`);
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    }
  });
});
