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
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import type { Briefing, Bullet, Section } from "../src/model/index.ts";
import { renderHtml } from "../src/render/index.ts";
import { sampleBriefing } from "../src/render/testdata/sample-2026-02-04.ts";
import { browserSkipReason, confinePage, launchBrowser } from "./support/browser.ts";
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

/** A deep copy of `briefing` with markup and script URLs in every field a feed or an LLM controls. */
function injectHostile(briefing: Briefing): Briefing {
  const copy = structuredClone(briefing);
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
    item.related = [{ sourceName: HOSTILE_TEXT, title: HOSTILE_TEXT, url: HOSTILE_URL, publishedAt: item.publishedAt }];
  }
  copy.items[0]!.url = HOSTILE_URL;
  copy.notes.push(HOSTILE_TEXT);
  copy.coverage[0]!.problems.push(HOSTILE_TEXT);
  return copy;
}

/** WCAG relative luminance of a computed `rgb(r, g, b)` / `rgba(…)` colour. */
function luminanceOf(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  assert.ok(r !== undefined && g !== undefined && b !== undefined, `not an rgb colour: ${color}`);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Draws each character alone on a canvas in the computed font of `selector` and returns one signature
 * per character (its alpha bitmap) and its ink. A missing glyph is drawn as the same .notdef box
 * ("tofu") whatever the character, so distinct Chinese characters with identical bitmaps mean no
 * font could draw them; a real CJK font gives each its own shape.
 */
async function drawGlyphs(page: Page, selector: string, chars: string[]) {
  return page.evaluate(
    ({ selector, chars }) => {
      const el = document.querySelector(selector);
      if (!el) throw new Error(`no element ${selector}`);
      const cs = getComputedStyle(el);
      const font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      const canvas = document.createElement("canvas");
      canvas.width = 96;
      canvas.height = 96;
      const ctx = canvas.getContext("2d", { willReadFrequently: true })!;
      return chars.map((ch) => {
        ctx.clearRect(0, 0, 96, 96);
        ctx.font = font;
        ctx.textBaseline = "top";
        ctx.fillStyle = "#000";
        ctx.fillText(ch, 8, 8);
        const alpha = ctx.getImageData(0, 0, 96, 96).data.filter((_, i) => i % 4 === 3);
        return { ch, font, ink: alpha.filter((a) => a > 0).length, bitmap: alpha.join(",") };
      });
    },
    { selector, chars },
  );
}

const skip = browserSkipReason();

describe("standalone HTML briefing in a real Chromium", { skip, timeout: 180_000 }, () => {
  let browser: Browser;
  let server: RouteServer;
  const shotDir = mkdtempSync(join(tmpdir(), "daybrief-html-"));

  before(async () => {
    server = await startRouteServer({
      "/sample.html": { type: HTML_TYPE, body: renderHtml(sampleBriefing) },
      "/hostile.html": { type: HTML_TYPE, body: renderHtml(injectHostile(sampleBriefing)) },
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
    const refused = await confinePage(page, server.origin);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${server.origin}${path}`, { waitUntil: "load" });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return { context, page, refused, errors };
  }

  test("phone view: no sideways scroll, ≥14px text, 16 visible headings, Chinese in a CJK font", async (t) => {
    const { context, page, refused, errors } = await openPage("/sample.html", { ...PHONE, colorScheme: "light" });
    try {
      assert.deepEqual(refused, [], "the page asked for something besides itself");
      assert.deepEqual(errors, []);
      const layout = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
        scripts: document.scripts.length,
        bodyFontSize: Number.parseFloat(getComputedStyle(document.body).fontSize),
        textSizes: [...document.querySelectorAll("article p, article li, article blockquote")].map((el) =>
          Number.parseFloat(getComputedStyle(el).fontSize),
        ),
      }));
      assert.equal(layout.innerWidth, 390);
      assert.ok(layout.scrollWidth <= layout.innerWidth, `scrollWidth ${layout.scrollWidth} > 390`);
      assert.equal(layout.scripts, 0, "the page runs no script");
      assert.ok(layout.bodyFontSize >= 14, `body font ${layout.bodyFontSize}px`);
      assert.ok(layout.textSizes.length > 100, "entry text was found");
      assert.ok(Math.min(...layout.textSizes) >= 14, `smallest entry text ${Math.min(...layout.textSizes)}px`);

      const headings = page.locator("article h3");
      assert.equal(await headings.count(), 16);
      for (const heading of await headings.all()) {
        assert.ok(await heading.isVisible(), await heading.innerText());
        const box = (await heading.boundingBox())!;
        assert.ok(box.x >= 0 && box.x + box.width <= 390, `heading outside the screen: ${JSON.stringify(box)}`);
      }

      for (const selector of ["article h3", "article li"]) {
        const han = await drawGlyphs(page, selector, ["大", "模", "型"]);
        for (const g of han) assert.ok(g.ink > 20, `${g.ch} drew nothing in ${g.font}`);
        assert.equal(new Set(han.map((g) => g.bitmap)).size, 3, `Chinese drawn as identical boxes in ${han[0]!.font}`);
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
      t.diagnostic(`fonts drawing the first heading: ${fonts.map((f) => `${f.familyName}×${f.glyphCount}`).join(", ")}`);

      const shot = join(shotDir, "phone-light.png");
      await page.screenshot({ path: shot, fullPage: true });
      t.diagnostic(`screenshot: ${shot}`);
    } finally {
      await context.close();
    }
  });

  test("hostile fields stay text: no script runs, no handler attribute, no javascript: link", async () => {
    const { context, page, refused, errors } = await openPage("/hostile.html", { ...PHONE, colorScheme: "light" });
    try {
      assert.deepEqual(refused, [], "markup in a field made the page fetch something (an <img>?)");
      const links = page.locator("a");
      const linkCount = await links.count();
      assert.ok(linkCount > 16, `only ${linkCount} links`);
      for (const link of await links.all()) {
        await link.hover();
        await link.click();
      }
      for (const target of await page.locator("article h3, .tag, article strong, blockquote").all()) {
        await target.hover();
      }
      assert.ok(
        refused.some((url) => url.startsWith("https://")),
        "clicking the links reached the route (they are real links)",
      );
      const dom = await page.evaluate(() => ({
        pwned: (window as { __pwned?: unknown }).__pwned,
        url: location.href,
        scripts: document.querySelectorAll("script").length,
        images: document.querySelectorAll("img").length,
        handlers: [...document.querySelectorAll("*")].flatMap((el) =>
          [...el.attributes].filter((a) => a.name.startsWith("on")).map((a) => `${el.tagName}[${a.name}]`),
        ),
        badLinks: [...document.querySelectorAll("a[href]")]
          .map((a) => (a as HTMLAnchorElement).href)
          .filter((href) => !/^https?:/.test(href)),
        text: document.body.innerText,
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
      assert.ok(dom.text.includes(HOSTILE_URL));
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
