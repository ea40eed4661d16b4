/**
 * The standalone HTML briefing (renderHtml) in a real headless Chromium: readable on a phone, Chinese
 * drawn with a real CJK font, inert against hostile fields, dark mode honoured, and no request
 * leaving the test's own server (every other URL is refused and recorded).
 */
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { Browser, BrowserContextOptions } from "playwright-core";
import { defangUrl } from "../src/model/defang.ts";
import type { Briefing, Bullet, Section } from "../src/model/index.ts";
import { problemFromText } from "../src/model/problem.ts";
import { renderHtml } from "../src/render/index.ts";
import { sampleBriefing } from "../src/render/testdata/sample-2026-02-04.ts";
import { browserSkipReason, confinePage, drawGlyphs, launchBrowser, luminanceOf } from "./support/browser.ts";
import { HTML_TYPE, type RouteServer, startRouteServer } from "./support/route-server.ts";

const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

const PWN = "window.__pwned=1";
const HOSTILE_TEXT = [
  `<script>${PWN}</script>`,
  `<img src=x onerror="${PWN}">`,
  `"onmouseover="${PWN}" x="`,
  `'onmouseover='${PWN}' x='`,
  `**<b onclick="${PWN}">bold</b>** \`<script>${PWN}</script>\``,
].join(" ");
const HOSTILE_URL = `javascript:${PWN}`;
const QUOTE_URL = `https://evil.example/"onmouseover="${PWN}"`;

/**
 * A deep copy of `briefing`'s first `count` entries with markup and script URLs in every field a feed
 * or an LLM controls (a few entries cover every field; all 16 make the link clicking slow).
 */
function injectHostile(briefing: Briefing, count: number): Briefing {
  const copy = structuredClone(briefing);
  copy.items = copy.items.slice(0, count);
  const bullet = (b: Bullet): void => {
    b.label = `${b.label ?? ""}${HOSTILE_TEXT}`;
    b.text = `${b.text}${HOSTILE_TEXT}`;
    b.children?.forEach(bullet);
  };
  const section = (s: Section): void => {
    s.lead = `${s.lead ?? ""}${HOSTILE_TEXT}`;
    s.bullets.forEach(bullet);
  };
  for (const item of copy.items) {
    const e = item.entry;
    e.org = `${e.org}${HOSTILE_TEXT}`;
    e.title = `${e.title}${HOSTILE_TEXT}`;
    e.summary = `${e.summary}${HOSTILE_TEXT}`;
    e.tags.push(HOSTILE_TEXT);
    [e.core, e.results, e.insights].forEach(section);
    for (const r of e.resources) r.title = `${r.title ?? r.url}${HOSTILE_TEXT}`;
    e.resources.push({ label: HOSTILE_TEXT, url: HOSTILE_URL, title: HOSTILE_TEXT });
    e.resources.push({ label: HOSTILE_TEXT, url: QUOTE_URL, title: HOSTILE_TEXT });
    item.sourceName = `${item.sourceName}${HOSTILE_TEXT}`;
    item.related = [
      { sourceName: HOSTILE_TEXT, title: HOSTILE_TEXT, url: HOSTILE_URL, publishedAt: item.publishedAt },
    ];
  }
  copy.items[0]!.url = HOSTILE_URL;
  copy.notes.push(HOSTILE_TEXT);
  copy.coverage[0]!.problems.push(problemFromText(HOSTILE_TEXT));
  return copy;
}

const skip = browserSkipReason();

describe("standalone HTML briefing in a real Chromium", { skip, timeout: 180_000 }, () => {
  let browser: Browser;
  let server: RouteServer;
  const shotDir = mkdtempSync(join(tmpdir(), "daybrief-html-"));

  before(async () => {
    server = await startRouteServer({
      "/sample.html": { type: HTML_TYPE, body: renderHtml(sampleBriefing) },
      "/hostile.html": { type: HTML_TYPE, body: renderHtml(injectHostile(sampleBriefing, 3)) },
    });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A fresh context and page confined to our server; `refused` lists every other URL requested. */
  async function openPage(path: string, options: BrowserContextOptions) {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const refused = await confinePage(page, server.origin);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${server.origin}${path}`, { waitUntil: "load" });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return { context, page, refused, errors };
  }

  test("phone view: no sideways scroll, ≥14px text, 16 visible headings, Chinese in a CJK font", async (t) => {
    const { context, page, refused, errors } = await openPage("/sample.html", {
      ...PHONE,
      colorScheme: "light",
    });
    try {
      assert.deepEqual(refused, [], "the page asked for something besides itself");
      assert.deepEqual(errors, []);
      const layout = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
        scripts: document.scripts.length,
        bodyFontSize: Number.parseFloat(getComputedStyle(document.body).fontSize),
        textSizes: Array.from(document.querySelectorAll("article p, article li, article blockquote")).map(
          (el) => Number.parseFloat(getComputedStyle(el).fontSize),
        ),
      }));
      // A mobile layout viewport widens to fit wide content, so compare with the phone's 390 px too.
      assert.ok(
        layout.scrollWidth <= layout.innerWidth,
        `scrollWidth ${layout.scrollWidth} > ${layout.innerWidth}`,
      );
      assert.equal(layout.innerWidth, 390, "the layout viewport widened past the phone's width");
      assert.equal(layout.scripts, 0, "the page runs no script");
      assert.ok(layout.bodyFontSize >= 14, `body font ${layout.bodyFontSize}px`);
      assert.ok(layout.textSizes.length > 100, "entry text was found");
      assert.ok(
        Math.min(...layout.textSizes) >= 14,
        `smallest entry text ${Math.min(...layout.textSizes)}px`,
      );

      const headings = page.locator("article h3");
      assert.equal(await headings.count(), 16);
      for (const heading of await headings.all()) {
        assert.ok(await heading.isVisible(), (await heading.textContent()) ?? "a heading");
        const box = (await heading.boundingBox())!;
        assert.ok(
          box.x >= 0 && box.x + box.width <= 390,
          `heading outside the screen: ${JSON.stringify(box)}`,
        );
      }

      const scripts = [
        { selector: "article h3", chars: ["大", "模", "型"], font: "fonts-wqy-microhei" },
        { selector: "article li", chars: ["大", "模", "型"], font: "fonts-wqy-microhei" },
        // The stars and section marks are emoji: tofu there makes the 价值 line unreadable.
        { selector: "article .meta", chars: ["🌟", "🎯", "📊"], font: "fonts-noto-color-emoji" },
      ];
      for (const { selector, chars, font } of scripts) {
        const glyphs = await drawGlyphs(page, selector, chars);
        const where = `${chars.join("")} in ${glyphs[0]!.font} (is ${font} installed?)`;
        for (const g of glyphs) assert.ok(g.ink > 20, `${g.ch} drew nothing: ${where}`);
        assert.equal(
          new Set(glyphs.map((g) => g.bitmap)).size,
          chars.length,
          `drawn as identical boxes: ${where}`,
        );
      }
      // Control: unassigned code points have no glyph anywhere, so they must come out identical — the
      // signature can tell tofu from real glyphs.
      const tofu = await drawGlyphs(page, "article h3", ["\u0378", "\u0379"]);
      assert.equal(tofu[0]!.bitmap, tofu[1]!.bitmap, "the tofu control did not detect missing glyphs");

      const cdp = await context.newCDPSession(page);
      const { root } = await cdp.send("DOM.getDocument");
      await cdp.send("CSS.enable");
      const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector: "article h3" });
      const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
      t.diagnostic(
        `fonts drawing the first heading: ${fonts.map((f) => `${f.familyName}×${f.glyphCount}`).join(", ")}`,
      );

      // The first screen only: a full-page shot of this 36 000 px page at 2× takes ~17 s.
      const shot = join(shotDir, "phone-light.png");
      await page.screenshot({ path: shot });
      t.diagnostic(`screenshot: ${shot}`);
    } finally {
      await context.close();
    }
  });

  test("hostile fields stay text: no script runs, no handler attribute, no javascript: link", async () => {
    const { context, page, refused, errors } = await openPage("/hostile.html", {
      ...PHONE,
      colorScheme: "light",
    });
    try {
      // A copy: asserting on `refused` itself would narrow it to never[] for the checks below.
      assert.deepEqual([...refused], [], "markup in a field made the page fetch something (an <img>?)");
      const links = page.locator("a");
      const linkCount = await links.count();
      assert.ok(linkCount >= 6, `only ${linkCount} links`);
      for (const link of await links.all()) {
        await link.hover();
        await link.click();
      }
      // Inline elements that wrap lines have no reliable centre to hover with the mouse: fire the
      // events on every other element directly, which runs any inline handler that got through.
      await page.evaluate(() => {
        for (const el of Array.from(document.querySelectorAll("body *:not(a)"))) {
          for (const type of ["mouseover", "mouseenter", "click"]) {
            el.dispatchEvent(new MouseEvent(type, { bubbles: true }));
          }
        }
      });
      assert.ok(
        refused.some((url) => url.startsWith("https://")),
        "clicking the links reached the route (they are real links)",
      );
      const dom = await page.evaluate(() => ({
        pwned: (window as { __pwned?: unknown }).__pwned,
        url: location.href,
        scripts: document.querySelectorAll("script").length,
        images: document.querySelectorAll("img").length,
        handlers: Array.from(document.querySelectorAll("*")).flatMap((el) =>
          Array.from(el.attributes)
            .filter((a) => a.name.startsWith("on"))
            .map((a) => `${el.tagName}[${a.name}]`),
        ),
        badLinks: Array.from(document.querySelectorAll("a[href]"))
          .map((a) => (a as HTMLAnchorElement).href)
          .filter((href) => !/^https?:/.test(href)),
        text: document.body.textContent ?? "",
      }));
      assert.equal(dom.pwned, undefined);
      assert.equal(dom.url, `${server.origin}/hostile.html`, "a click navigated away");
      assert.equal(dom.scripts, 0);
      assert.equal(dom.images, 0);
      assert.deepEqual(dom.handlers, []);
      assert.deepEqual(dom.badLinks, []);
      assert.deepEqual(errors, []);
      // Escaped, not stripped: the reader sees the markup and the script URL as literal text.
      assert.ok(dom.text.includes(`<script>${PWN}</script>`));
      assert.ok(dom.text.includes(`<img src=x onerror="${PWN}">`));
      // A URL that may not be a link is shown defanged (javascript[:]…), never as written.
      assert.ok(dom.text.includes(defangUrl(HOSTILE_URL)));
      assert.ok(!dom.text.includes(HOSTILE_URL));
    } finally {
      await context.close();
    }
  });

  test("dark mode: dark background and light text; light mode the reverse", async () => {
    for (const colorScheme of ["dark", "light"] as const) {
      const { context, page } = await openPage("/sample.html", { ...PHONE, colorScheme });
      try {
        const colors = await page.evaluate(() => {
          const body = getComputedStyle(document.body);
          const p = getComputedStyle(document.querySelector("article li")!);
          return { background: body.backgroundColor, text: body.color, entryText: p.color };
        });
        const bg = luminanceOf(colors.background);
        const fg = Math.min(luminanceOf(colors.text), luminanceOf(colors.entryText));
        if (colorScheme === "dark") {
          assert.ok(bg < 0.3, `dark background luminance ${bg} (${colors.background})`);
          assert.ok(fg > 0.6, `dark-mode text luminance ${fg} (${JSON.stringify(colors)})`);
        } else {
          assert.ok(bg > 0.7, `light background luminance ${bg} (${colors.background})`);
          assert.ok(luminanceOf(colors.text) < 0.2, `light-mode text ${colors.text}`);
        }
        await page.screenshot({ path: join(shotDir, `phone-${colorScheme}-top.png`) });
      } finally {
        await context.close();
      }
    }
  });
});
