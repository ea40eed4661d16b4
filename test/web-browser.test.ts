/**
 * The web app (`daybrief serve`) in a real headless Chromium: search and filter (with and without
 * the search-as-you-type script), an entry's evidence, login and CSRF rejection, a 390 px phone with
 * no sideways scroll, keyboard navigation (skip link, visible focus), basic accessibility (lang,
 * landmarks, labels, computed text contrast in light and dark), hostile fields inert. Screenshots
 * at 1280 and 390 px go to test-artifacts/web/ for a reviewer.
 */
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { after, before, describe, test } from "node:test";
import type { Browser, BrowserContextOptions } from "playwright-core";
import { routeBriefings } from "../src/server/briefing-routes.ts";
import { type ListeningServer, listenApp } from "../src/server/index.ts";
import { browserSkipReason, confinePage, launchBrowser } from "./support/browser.ts";
import { DEMO_DAY } from "./support/cli-harness.ts";
import { auditPage } from "./support/page-audit.ts";
import { EDITOR, openWebFixture, type WebFixture } from "./support/web-fixture.ts";

const skip = browserSkipReason();
const SHOTS = resolve(import.meta.dirname, "../test-artifacts/web");
const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
};
const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };

let fx: WebFixture;
let open: ListeningServer;
let closed: ListeningServer;
/** Two briefings (server/briefing-routes.ts): the second one's pages under /b/chips/. */
let briefed: ListeningServer;
let browser: Browser;

before(async () => {
  if (skip) return;
  mkdirSync(SHOTS, { recursive: true });
  fx = await openWebFixture({ historyDays: 20 });
  open = await listenApp(fx.app(), { port: 0, host: "127.0.0.1" });
  closed = await listenApp(fx.app({ serve: { publicRead: false } }), { port: 0, host: "127.0.0.1" });
  briefed = await listenApp(routeBriefings(fx.app(), new Map([["chips", fx.app()]])), {
    port: 0,
    host: "127.0.0.1",
  });
  browser = await launchBrowser();
  entryId = (await fx.day.store.getBriefing(DEMO_DAY))!.briefing.items[0]!.articleId!;
});
after(async () => {
  await browser?.close();
  await open?.close();
  await closed?.close();
  await briefed?.close();
  await fx?.close();
});

async function openPage(origin: string, path: string, options: BrowserContextOptions = DESKTOP) {
  const context = await browser.newContext(options);
  // tsx compiles named functions inside page.evaluate callbacks with esbuild's __name helper.
  await context.addInitScript({ content: "globalThis.__name = (f) => f;" });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const refused = await confinePage(page, origin);
  await page.goto(`${origin}${path}`);
  return { context, page, errors, refused };
}

const pages = () => [
  ["today", "/"],
  ["day", `/d/${DEMO_DAY}`],
  ["archive", "/archive"],
  ["search", `/search?q=${encodeURIComponent("模型")}`],
  ["entry", `/e/${firstEntryId()}`],
  ["sources", "/sources"],
  ["runs", "/runs"],
  ["trends", "/trends"],
  ["login", "/login"],
];

let entryId: number | undefined;
function firstEntryId(): number {
  return entryId!;
}

describe("web app in Chromium", { skip }, () => {
  test("search and filter: results, highlighted words, a ★ filter kept in the URL; typing searches too", async () => {
    const { context, page, errors } = await openPage(open.url, "/search");
    try {
      await page.fill("#q", "模型");
      await page.press("#q", "Enter");
      await page.waitForURL(/q=%E6%A8%A1%E5%9E%8B/);
      const count = await page.textContent("#search-count");
      assert.match(count ?? "", /共 \d+ 篇匹配/);
      assert.ok((await page.locator("ol.hits mark").count()) > 0);
      await page.click("summary:has-text('筛选')");
      await page.selectOption("#stars", "4");
      await page.press("#q", "Enter");
      await page.waitForURL(/stars=4/);
      const stars = await page.$$eval("ol.hits [aria-label$=' 星']", (els) =>
        els.map((e) => Number(e.getAttribute("aria-label")!.split(" ")[0])),
      );
      assert.ok(stars.length > 0 && stars.every((s) => s >= 4), `stars ${stars}`);
      // Search as you type: the results change without a page load, and the URL follows.
      await page.fill("#q", "");
      await page.type("#q", "智能体", { delay: 20 });
      await page.waitForFunction(() =>
        document.querySelector("#search-count")?.textContent?.includes("智能体"),
      );
      assert.match(page.url(), /q=%E6%99%BA%E8%83%BD%E4%BD%93/);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test("under /b/<id>/ the scripts ask that briefing: search as you type, the runs' live stream", async () => {
    const { context, page, errors } = await openPage(briefed.url, "/b/chips/search");
    try {
      const asked: string[] = [];
      page.on("request", (r) => {
        const url = new URL(r.url());
        asked.push(url.pathname + url.search);
      });
      await page.type("#q", "智能体", { delay: 20 });
      await page.waitForFunction(() =>
        document.querySelector("#search-count")?.textContent?.includes("智能体"),
      );
      assert.match(page.url(), /\/b\/chips\/search\?q=%E6%99%BA%E8%83%BD%E4%BD%93$/);
      const partial = asked.filter((p) => p.includes("partial=1"));
      assert.ok(partial.length > 0, asked.join("\n"));
      assert.ok(
        partial.every((p) => p.startsWith("/b/chips/search?")),
        `a partial refresh left the briefing: ${partial.join(", ")}`,
      );
      const live = page.waitForRequest((r) => r.url().includes("/runs/live"));
      await page.goto(`${briefed.url}/b/chips/runs`);
      assert.match(new URL((await live).url()).pathname, /^\/b\/chips\/runs\/live$/);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test("open an entry from the day page and see each claim's status and its evidence quote", async () => {
    const { context, page } = await openPage(open.url, `/d/${DEMO_DAY}`);
    try {
      await page.click("article h3 a");
      await page.waitForURL(/\/e\/\d+$/);
      await page.waitForSelector("text=核验：每条论断与原文证据");
      const claims = await page.$$eval(".claims > li", (els) => els.map((e) => e.textContent ?? ""));
      assert.ok(claims.length > 0);
      assert.ok(claims.some((c) => c.includes("✅ 有据") && c.includes("原文证据")));
      await page.screenshot({ path: join(SHOTS, "entry-evidence-1280.png"), fullPage: true });
    } finally {
      await context.close();
    }
  });

  test("login: redirected to the form, a forged CSRF token is refused, the right password lets in", async () => {
    const { context, page } = await openPage(closed.url, "/archive");
    try {
      await page.waitForURL(/\/login\?next=%2Farchive/);
      await page.fill("#name", EDITOR.name);
      await page.fill("#password", EDITOR.password);
      await page.evaluate(() => {
        (document.querySelector('input[name="_csrf"]') as HTMLInputElement).value =
          "forged-token-forged-token-forged";
      });
      const refused = await Promise.all([
        page.waitForNavigation(),
        page.click("button[type=submit].primary"),
      ]);
      assert.equal(refused[0]?.status(), 403);
      await page.goto(`${closed.url}/login?next=/archive`);
      await page.fill("#name", EDITOR.name);
      await page.fill("#password", EDITOR.password);
      await Promise.all([page.waitForURL(/\/archive$/), page.click("button[type=submit].primary")]);
      assert.equal(await page.textContent(".who"), EDITOR.name);
      const cookies = await context.cookies();
      const session = cookies.find((c) => c.name === "daybrief_session");
      assert.ok(session?.httpOnly);
      assert.equal(session?.sameSite, "Strict");
      assert.equal(await page.evaluate(() => document.cookie), "", "no cookie readable by scripts");
    } finally {
      await context.close();
    }
  });

  test("390 px phone: no page scrolls sideways; screenshots at 390 and 1280 px", async () => {
    for (const [name, path] of pages()) {
      for (const [label, options] of [
        ["390", PHONE],
        ["1280", DESKTOP],
      ] as const) {
        const { context, page, errors, refused } = await openPage(open.url, path!, options);
        try {
          if (label === "390") {
            const { scroll, client } = await page.evaluate(() => ({
              scroll: document.documentElement.scrollWidth,
              client: document.documentElement.clientWidth,
            }));
            const wide = await page.evaluate(
              (w) =>
                Array.from(document.querySelectorAll("body *"))
                  .filter((e) => e.getBoundingClientRect().right > w)
                  .map(
                    (e) =>
                      `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)} in ${e.parentElement?.outerHTML.slice(0, 120)}`,
                  )
                  .slice(0, 5),
              client,
            );
            assert.ok(scroll <= client, `${path}: scrollWidth ${scroll} > ${client} (${wide.join(", ")})`);
          }
          // Whole pages at 1280 px, except the long day pages; the first screen on the phone.
          const fullPage = label === "1280" && !["today", "day", "archive"].includes(name!);
          await page.screenshot({ path: join(SHOTS, `${name}-${label}.png`), fullPage });
          assert.deepEqual(errors, [], path);
          assert.deepEqual(refused, [], `${path} asked for outside resources`);
        } finally {
          await context.close();
        }
      }
    }
  });

  test("keyboard: the first Tab shows the skip link with a visible focus ring; Enter moves to main", async () => {
    const { context, page } = await openPage(open.url, `/d/${DEMO_DAY}`);
    try {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        return {
          cls: el.className,
          outline: style.outlineStyle,
          width: style.outlineWidth,
          top: box.top,
          visible: box.height > 0,
        };
      });
      assert.equal(focused.cls, "skip");
      assert.notEqual(focused.outline, "none");
      assert.ok(focused.top >= 0 && focused.visible, "skip link on screen when focused");
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => location.hash === "#main");
      // The next Tabs walk the page's links in order, each with a visible outline.
      for (let i = 0; i < 5; i++) {
        await page.keyboard.press("Tab");
        const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
        assert.notEqual(outline, "none");
      }
    } finally {
      await context.close();
    }
  });

  test("accessibility basics on every page: lang, landmarks, labelled fields and charts, text contrast ≥ 4.5 in light and dark", async () => {
    for (const colorScheme of ["light", "dark"] as const)
      for (const [, path] of pages()) {
        const { context, page } = await openPage(open.url, path!, { ...DESKTOP, colorScheme });
        try {
          await page.evaluate(() =>
            document.querySelectorAll("details").forEach((d) => {
              d.setAttribute("open", "");
            }),
          );
          const report = await auditPage(page);
          assert.equal(report.lang, "zh-CN", path);
          assert.deepEqual(report.landmarks, { main: 1, header: 1, nav: true, footer: 1 }, path);
          assert.deepEqual(report.unlabelled, [], `${path}: fields without a label`);
          assert.deepEqual(report.unnamedImages, [], `${path}: charts without a name`);
          assert.deepEqual(report.lowContrast, [], `${path} (${colorScheme}): low contrast`);
        } finally {
          await context.close();
        }
      }
  });

  test("hostile fields stay text in the browser: no script runs on the day page and the entry", async () => {
    for (const path of ["/", `/e/${fx.hostileId}`, `/search?q=${encodeURIComponent("pwned")}`]) {
      const { context, page, errors } = await openPage(open.url, path, PHONE);
      try {
        assert.equal(await page.evaluate(() => (window as { __pwned?: number }).__pwned), undefined, path);
        assert.deepEqual(errors, [], path);
      } finally {
        await context.close();
      }
    }
  });
});
