/**
 * A real headless Chromium for end-to-end tests: Debian's `chromium` driven by playwright-core
 * (`npx playwright install` cannot download browsers here). Every browser test launches through
 * launchBrowser() so the flags live in one place.
 */
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
    "`apt-get install -y --no-install-recommends chromium fonts-wqy-microhei` (CI=true makes this a failure)"
  );
}

/** Launches Chromium; launch() gives every browser a fresh temporary user-data-dir of its own. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `browser tests need ${CHROMIUM_PATH}: apt-get install -y --no-install-recommends chromium fonts-wqy-microhei`,
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
