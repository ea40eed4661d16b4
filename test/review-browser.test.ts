/**
 * Curation in a real headless Chromium (docs/review.md): a run with publish.review stops at a
 * draft; an editor logs in, hides one entry, pins another, rewrites a summary, drags an entry
 * above its neighbour of the same ★ band (static/review-order.js), adds a bullet and presses Publish
 * on /review/DATE; the signed webhook receiver then holds exactly the curated briefing (the entries
 * in the curated order, the hidden one absent, the new summary), and the day page shows it too.
 * Screenshots go to test-artifacts/review/.
 */
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { Writable } from "node:stream";
import { after, before, describe, test } from "node:test";
import type { Browser } from "playwright-core";
import { createServerActions } from "../src/cli/server-actions.ts";
import { loadConfig } from "../src/config/index.ts";
import type { Receiver } from "../src/deliver/testdata/receivers/server.ts";
import { startWebhookReceiver } from "../src/deliver/testdata/receivers/webhook.ts";
import { type DemoServer, startDemoServer } from "../src/demo/index.ts";
import { createServerApp, hashPassword, type ListeningServer, listenApp } from "../src/server/index.ts";
import { openStore, type Store } from "../src/store/index.ts";
import { browserSkipReason, confinePage, launchBrowser } from "./support/browser.ts";
import { baseConfig, createHarness, DEMO_DAY, FIXED_NOW, type Harness } from "./support/cli-harness.ts";

const skip = browserSkipReason();
const SHOTS = resolve(import.meta.dirname, "../test-artifacts/review");
const SECRET = "browser-hook-SECRET";
const EDITOR = { name: "editor", password: "correct horse battery" };
const NEW_SUMMARY = "编辑重写的一句话摘要：这项工作值得关注。";
const NEW_BULLET = "编辑补充：这一条要点由编辑在审阅时添加。";

let hook: Receiver;
let server: DemoServer;
let h: Harness;
let store: Store;
let web: ListeningServer;
let browser: Browser;

const quiet = () =>
  new Writable({
    write(_c, _e, done) {
      done();
    },
  });

before(async () => {
  if (skip) return;
  mkdirSync(SHOTS, { recursive: true });
  hook = await startWebhookReceiver(SECRET);
  server = await startDemoServer({ allowOrigins: [new URL(hook.url).origin] });
  h = createHarness({ fetch: server.fetch, env: { HOOK_SECRET: SECRET } });
  h.writeConfig(
    baseConfig(server.sources, {
      channels: [{ id: "hook", type: "webhook", url: hook.url, secret: `\${HOOK_SECRET}` }],
      publish: { review: true },
      serve: {
        users: [{ name: EDITOR.name, passwordHash: await hashPassword(EDITOR.password) }],
        cookieSecret: "c".repeat(40),
      },
    }),
  );
  const run = await h.run(["run", "--date", DEMO_DAY, "-q"]);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(hook.requests.length, 0, "the draft is not delivered");
  const env = { DAYBRIEF_LOG_LEVEL: "silent", HOOK_SECRET: SECRET };
  const config = loadConfig(h.configPath, env);
  store = openStore(config.store.path);
  const actions = createServerActions(config, {
    env,
    cwd: h.dir,
    stdout: quiet(),
    stderr: quiet(),
    now: () => FIXED_NOW,
    fetch: server.fetch,
    sleep: async () => {},
  });
  const app = createServerApp({
    queries: { store, config },
    now: () => FIXED_NOW,
    actions,
  });
  web = await listenApp(app, { port: 0, host: "127.0.0.1" });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await web?.close();
  await store?.close();
  await server?.close();
  await hook?.close();
  h?.cleanup();
});

interface PublishedEntry {
  articleId: number;
  summary: string;
  core: { bullets: { label?: string; text: string }[] };
  curation?: { pinned?: boolean; editorAdded?: string[] };
}

describe("curating a draft in Chromium", { skip }, () => {
  test("hide one, pin one, rewrite a summary, drag one within its band, add a bullet, publish: the webhook receives the curated briefing", async () => {
    const draft = (await store.getDraft(DEMO_DAY))!.briefing;
    const ids = draft.items.map((i) => String(i.articleId));
    assert.ok(ids.length >= 3, `entries: ${ids.length}`);
    const [hiddenId, editedId, pinnedId] = [ids[0]!, ids[1]!, ids[2]!];

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await confinePage(page, web.url);
    try {
      await page.goto(`${web.url}/review/${DEMO_DAY}`);
      await page.waitForURL(/\/login\?next=/);
      await page.fill("#name", EDITOR.name);
      await page.fill("#password", EDITOR.password);
      await Promise.all([
        page.waitForURL(new RegExp(`/review/${DEMO_DAY}`)),
        page.click("button[type=submit].primary"),
      ]);

      const card = (id: string) => page.locator(`#e-${id}`);
      await Promise.all([
        page.waitForURL(/done=edited/),
        card(hiddenId).getByRole("button", { name: "隐藏", exact: true }).click(),
      ]);
      await card(hiddenId).getByText("已隐藏").waitFor();
      await Promise.all([
        page.waitForURL(/done=edited/),
        card(pinnedId).getByRole("button", { name: "置顶", exact: true }).click(),
      ]);
      await card(pinnedId).locator(".badge", { hasText: "置顶" }).waitFor();
      await card(editedId).locator("summary", { hasText: "编辑文字" }).click();
      await card(editedId).locator(`#e-${editedId}-summary`).fill(NEW_SUMMARY);
      await Promise.all([
        page.waitForURL(/done=edited/),
        card(editedId).getByRole("button", { name: "保存摘要" }).click(),
      ]);
      await card(editedId).getByText(NEW_SUMMARY).first().waitFor();
      // The pinned entry now leads the list.
      assert.equal(await page.locator(".review-list > li").first().getAttribute("id"), `e-${pinnedId}`);

      // Drag-and-drop within a ★ band: the lower of two neighbours of one band onto the upper.
      // (From the page's plain URL, so waiting for done=edited waits for the island's post.)
      await page.goto(`${web.url}/review/${DEMO_DAY}`);
      const shown = await page.$$eval(".review-list > li[data-entry-id]", (lis) =>
        lis.map((li) => [(li as HTMLElement).dataset.entryId!, (li as HTMLElement).dataset.band!] as const),
      );
      const at = shown.findIndex(([, band], k) => k + 1 < shown.length && band === shown[k + 1]![1]);
      assert.ok(at >= 0, `no band of two: ${JSON.stringify(shown)}`);
      const [upper, lower] = [shown[at]![0], shown[at + 1]![0]];
      await Promise.all([
        page.waitForURL(/done=edited/),
        page.dragAndDrop(`#e-${lower} > h2`, `#e-${upper} > h2`, {
          sourcePosition: { x: 4, y: 4 },
          targetPosition: { x: 4, y: 2 },
        }),
      ]);
      const reordered = await page.$$eval(".review-list > li[data-entry-id]", (lis) =>
        lis.map((li) => (li as HTMLElement).dataset.entryId!),
      );
      assert.deepEqual(reordered.slice(at, at + 2), [lower, upper], "the server stored the dragged order");

      // An added bullet (the edited entry's 核心技术).
      await page.goto(`${web.url}/review/${DEMO_DAY}`);
      await card(editedId).locator("summary", { hasText: "编辑文字" }).click();
      await card(editedId).locator(`#e-${editedId}-core-new-label`).fill("编辑补充");
      await card(editedId).locator(`#e-${editedId}-core-new`).fill(NEW_BULLET);
      await Promise.all([
        page.waitForURL(/done=edited/),
        card(editedId).getByRole("button", { name: "添加要点" }).first().click(),
      ]);
      await card(editedId).locator("textarea", { hasText: NEW_BULLET }).waitFor({ state: "attached" });
      // The edit log holds the five edits, by the editor.
      assert.match((await page.textContent("#edits-h")) ?? "", /修改记录（5）/);
      await page.screenshot({ path: join(SHOTS, "review-1280.png"), fullPage: true });
      // On a 390 px phone the review page has no sideways scroll.
      const phone = await browser.newContext({
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        storageState: await context.storageState(),
      });
      try {
        const small = await phone.newPage();
        await confinePage(small, web.url);
        await small.goto(`${web.url}/review/${DEMO_DAY}`);
        await small.locator(`#e-${editedId}`).waitFor();
        const overflow = await small.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
        await small.screenshot({ path: join(SHOTS, "review-390.png"), fullPage: true });
      } finally {
        await phone.close();
      }

      await Promise.all([
        page.waitForURL(/done=published/),
        page.getByRole("button", { name: "发布（写出文件并投递）" }).first().click(),
      ]);
      await page.getByText("已发布：文件已写出，渠道已投递。").waitFor();
      assert.deepEqual(errors, []);

      // The payload the webhook received is the curated briefing.
      assert.equal(hook.accepted.length, 1);
      const payload = JSON.parse(hook.accepted[0]!) as { date: string; entries: PublishedEntry[] };
      assert.equal(payload.date, DEMO_DAY);
      const order = payload.entries.map((e) => String(e.articleId));
      assert.equal(order[0], pinnedId);
      assert.deepEqual(payload.entries[0]!.curation?.pinned, true);
      assert.ok(!order.includes(hiddenId));
      assert.equal(order.length, ids.length - 1);
      const edited = payload.entries.find((e) => String(e.articleId) === editedId)!;
      assert.equal(edited.summary, NEW_SUMMARY);
      assert.equal(edited.core.bullets.at(-1)?.text, NEW_BULLET, "the added bullet was delivered");
      assert.equal(edited.core.bullets.at(-1)?.label, "编辑补充", "with the label the editor gave it");
      assert.ok(order.indexOf(lower) < order.indexOf(upper), "the dragged order was delivered");
      const stored = (await store.getBriefing(DEMO_DAY))!.briefing;
      assert.deepEqual(
        stored.items.map((i) => String(i.articleId)),
        order,
        "the published day is what was delivered",
      );

      // The day page shows the curated briefing.
      await page.goto(`${web.url}/d/${DEMO_DAY}`);
      await page.getByText(NEW_SUMMARY).first().waitFor();
      assert.match(
        (await page.textContent("article h3")) ?? "",
        new RegExp(stored.items[0]!.entry.org.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")),
      );
      await page.screenshot({ path: join(SHOTS, "published-day-1280.png"), fullPage: true });
    } finally {
      await context.close();
    }
  });
});
