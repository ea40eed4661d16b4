/**
 * A real headless Chromium for end-to-end tests: Debian's `chromium` driven by playwright-core
 * (`npx playwright install` cannot download browsers here). Every browser test launches through
 * launchBrowser() so the flags live in one place.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { type Browser, chromium, type Page } from "playwright-core";

export const CHROMIUM_PATH = "/usr/bin/chromium";

/** Quiet, offline flags: no sandbox (CI runs as root), no background fetches, no first-run UI. */
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--headless",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];

/**
 * Why browser tests must skip, or undefined when they must run. A missing browser only skips on a
 * developer machine: under CI=true the tests run and fail at launch, so a CI install step that
 * vanished cannot turn the browser tests into silent skips.
 */
export function browserSkipReason(): string | undefined {
  if (existsSync(CHROMIUM_PATH) || process.env.CI === "true") return undefined;
  return (
    `${CHROMIUM_PATH} not found — install it with ` +
    "`apt-get install -y --no-install-recommends chromium fonts-wqy-microhei fonts-noto-color-emoji` (CI=true makes this a failure)"
  );
}

/** Launches Chromium; launch() gives every browser a fresh temporary user-data-dir of its own. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `browser tests need ${CHROMIUM_PATH}: apt-get install -y --no-install-recommends chromium fonts-wqy-microhei fonts-noto-color-emoji`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: 60_000 });
}

/**
 * Lets the page reach only `origin` (the test's own server). Every other request is recorded and
 * refused: subresources are aborted, link navigations answered 204 so the page stays put and a test
 * can click links without leaving it.
 */
export async function confinePage(page: Page, origin: string): Promise<string[]> {
  const refused: string[] = [];
  await page.route("**/*", (route) => {
    const request = route.request();
    if (request.url().startsWith(`${origin}/`)) return route.continue();
    refused.push(request.url());
    if (request.isNavigationRequest()) return route.fulfill({ status: 204 });
    return route.abort("blockedbyclient");
  });
  return refused;
}

/** WCAG relative luminance of a computed `rgb(r, g, b)` / `rgba(…)` colour. */
export function luminanceOf(color: string): number {
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
export async function drawGlyphs(page: Page, selector: string, chars: string[]) {
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
