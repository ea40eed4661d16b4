import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Hono } from "hono";
import { DEMO_DAY } from "../../../test/support/cli-harness.ts";
import {
  EDITOR,
  HOSTILE_DAY,
  openWebFixture,
  PWN,
  type WebFixture,
} from "../../../test/support/web-fixture.ts";
import { jar } from "../../../test/support/web-jar.ts";
import type { PublishDraftOutcome } from "../api/actions.ts";
import type { AppEnv } from "../auth/env.ts";

const DRAFT_DAY = "2026-02-06";
const HOSTILE_DRAFT = "2026-02-07";
const DISCARD_DAY = "2026-02-08";

let fx: WebFixture;
let app: Hono<AppEnv>;
const published: { date: string; by: string }[] = [];

before(async () => {
  fx = await openWebFixture({ historyDays: 2 });
  const { store } = fx.day;
  const demo = (await store.getBriefing(DEMO_DAY))!.briefing;
  const hostile = (await store.getBriefing(HOSTILE_DAY))!.briefing;
  for (const [date, briefing] of [
    [DRAFT_DAY, demo],
    [HOSTILE_DRAFT, hostile],
    [DISCARD_DAY, demo],
  ] as const)
    await store.saveDraft({
      date,
      createdAt: `${date}T13:30:00.000Z`,
      briefing: { ...briefing, date },
      kind: "briefing",
      deadline: `${date}T23:30:00.000Z`,
    });
  const notHere = async (): Promise<never> => {
    throw new Error("not used by these tests");
  };
  app = fx.app({
    deps: {
      actions: {
        runDay: notHere,
        retryDeliveries: notHere,
        publishDraft: async (date: string, by: string): Promise<PublishDraftOutcome> => {
          published.push({ date, by });
          return { runId: 99, status: "ok", entries: 3, sent: [] };
        },
      },
    },
  });
});
after(async () => fx?.close());

async function loggedIn() {
  const j = jar(() => app);
  const csrf = j.csrfOf((await j.send("/login")).text)!;
  const ok = await j.post("/login", { _csrf: csrf, name: EDITOR.name, password: EDITOR.password });
  assert.equal(ok.res.status, 303);
  const page = await j.send(`/review/${DRAFT_DAY}`);
  return { ...j, csrf: j.csrfOf(page.text)!, page };
}

async function entriesOf(date: string) {
  return (await fx.day.store.getDraft(date))!.briefing.items.map((i) => String(i.articleId));
}

describe("/review", () => {
  test("always behind the login, even with publicRead: pages redirect, posts are refused", async () => {
    for (const path of ["/review", `/review/${DRAFT_DAY}`]) {
      const res = await app.request(path);
      assert.equal(res.status, 303, path);
      assert.equal(res.headers.get("location"), `/login?next=${encodeURIComponent(path)}`);
    }
    const [id] = await entriesOf(DRAFT_DAY);
    const post = await app.request(`/review/${DRAFT_DAY}/edit`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ action: "hide", entryId: id!, value: "true" }).toString(),
    });
    assert.equal(post.status, 401);
    assert.deepEqual(await fx.day.store.listBriefingEdits(DRAFT_DAY), []);
  });

  test("the list shows the drafts awaiting review; a day's page has a CSRF field in every form", async () => {
    const j = await loggedIn();
    const list = await j.send("/review");
    assert.equal(list.res.status, 200);
    assert.match(list.text, /3 份草稿等待审阅/);
    assert.ok(list.text.includes(`href="/review/${DRAFT_DAY}"`));
    assert.equal(j.page.res.status, 200);
    const forms = j.page.text.match(/<form [^>]*method="post"/g) ?? [];
    const csrfFields = j.page.text.match(/name="_csrf"/g) ?? [];
    assert.ok(forms.length > 10, `forms: ${forms.length}`);
    assert.equal(csrfFields.length, forms.length, "every form posts its CSRF token");
    assert.match(j.page.text, /发布（写出文件并投递）/);
    assert.match(j.page.text, /丢弃草稿/);
  });

  test("CSRF: a post without the token, with a wrong one, or from another origin is refused and stores nothing", async () => {
    const j = await loggedIn();
    const [id] = await entriesOf(DRAFT_DAY);
    const fields = { action: "hide", entryId: id!, value: "true" };
    assert.equal((await j.post(`/review/${DRAFT_DAY}/edit`, fields)).res.status, 403);
    assert.equal(
      (await j.post(`/review/${DRAFT_DAY}/edit`, { ...fields, _csrf: `${j.csrf}x` })).res.status,
      403,
    );
    const crossSite = await j.post(
      `/review/${DRAFT_DAY}/edit`,
      { ...fields, _csrf: j.csrf },
      { origin: "https://evil.example" },
    );
    assert.equal(crossSite.res.status, 403);
    assert.equal((await j.post(`/review/${DRAFT_DAY}/publish`, {})).res.status, 403);
    assert.equal((await j.post(`/review/${DRAFT_DAY}/discard`, {})).res.status, 403);
    assert.deepEqual(await fx.day.store.listBriefingEdits(DRAFT_DAY), []);
    assert.deepEqual(published, []);
  });

  test("each action is stored as an audit row under the login name and shown in the edit log", async () => {
    const j = await loggedIn();
    const [a, b, c] = await entriesOf(DRAFT_DAY);
    const edit = (fields: Record<string, string>) =>
      j.post(`/review/${DRAFT_DAY}/edit`, { ...fields, _csrf: j.csrf });
    const hidden = await edit({ action: "hide", entryId: a!, value: "true" });
    assert.equal(hidden.res.status, 303);
    assert.equal(hidden.res.headers.get("location"), `/review/${DRAFT_DAY}?done=edited#e-${a}`);
    assert.equal((await edit({ action: "pin", entryId: c!, value: "true" })).res.status, 303);
    assert.equal((await edit({ action: "stars", entryId: b!, value: "2" })).res.status, 303);
    assert.equal((await edit({ action: "title", entryId: b!, value: "编辑改写的标题" })).res.status, 303);
    const rows = await fx.day.store.listBriefingEdits(DRAFT_DAY);
    assert.deepEqual(
      rows.map((r) => [r.field, r.entryId, r.before, r.after, r.user]),
      [
        ["hide", a, false, true, "editor"],
        ["pin", c, false, true, "editor"],
        ["stars", b, rows[2]!.before, 2, "editor"],
        ["title", b, rows[3]!.before, "编辑改写的标题", "editor"],
      ],
    );
    const page = await j.send(`/review/${DRAFT_DAY}?done=edited`);
    assert.match(page.text, /已保存/);
    assert.match(page.text, /修改记录（4）/);
    assert.match(page.text, /已隐藏/);
    assert.match(page.text, /置顶/);
    assert.match(page.text, /编辑改写的标题/);
  });

  test("an unsupported edit is flagged with the failing claim and a way to revert it", async () => {
    const j = await loggedIn();
    const ids = await entriesOf(DRAFT_DAY);
    const id = ids.at(-1)!;
    const r = await j.post(`/review/${DRAFT_DAY}/edit`, {
      _csrf: j.csrf,
      action: "summary",
      entryId: id,
      value: "据称在内部评测中准确率达到 99.7%。",
    });
    assert.equal(r.res.status, 303);
    const page = await j.send(`/review/${DRAFT_DAY}`);
    assert.match(page.text, /核验未通过（摘要）/);
    assert.match(page.text, /99\.7/);
    assert.match(page.text, /发布时会标注“编辑添加”/);
    assert.match(page.text, /撤销这处修改/);
    const row = (await fx.day.store.listBriefingEdits(DRAFT_DAY)).at(-1)!;
    assert.ok(row.unsupported!.length > 0);
  });

  test("move: within the ★ band only; a refused move or a bad value says why (400)", async () => {
    const j = await loggedIn();
    // The first entry of a ★ band cannot go up: its button is disabled, and the server refuses too.
    const view = await j.send(`/review/${DRAFT_DAY}`);
    const disabled = [
      ...view.text.matchAll(
        /name="entryId" value="(\d+)"><input type="hidden" name="direction" value="up"><button type="submit" disabled/g,
      ),
    ].map((m) => m[1]!);
    const enabled = [
      ...view.text.matchAll(
        /name="entryId" value="(\d+)"><input type="hidden" name="direction" value="up"><button type="submit" aria-label/g,
      ),
    ].map((m) => m[1]!);
    assert.ok(disabled.length > 0 && enabled.length > 0, `disabled ${disabled}, enabled ${enabled}`);
    const first = { articleId: disabled[0]! };
    const refused = await j.post(`/review/${DRAFT_DAY}/edit`, {
      _csrf: j.csrf,
      action: "move",
      entryId: String(first.articleId),
      direction: "up",
    });
    assert.equal(refused.res.status, 400);
    assert.match(refused.text, /只能在同一 ★ 档内调整顺序/);
    const bad = await j.post(`/review/${DRAFT_DAY}/edit`, {
      _csrf: j.csrf,
      action: "stars",
      entryId: String(first.articleId),
      value: "9",
    });
    assert.equal(bad.res.status, 400);
    assert.match(bad.text, /这处修改无效/);
    // An entry that can go up does, and the order is an audit row of its own.
    const moved = await j.post(`/review/${DRAFT_DAY}/edit`, {
      _csrf: j.csrf,
      action: "move",
      entryId: enabled[0]!,
      direction: "up",
    });
    assert.equal(moved.res.status, 303);
    const row = (await fx.day.store.listBriefingEdits(DRAFT_DAY)).at(-1)!;
    assert.equal(row.field, "order");
    const before = row.before as string[];
    const after = row.after as string[];
    const at = before.indexOf(enabled[0]!);
    assert.equal(after.indexOf(enabled[0]!), at - 1, "one place up");
  });

  test("an editor adds bullets and resources; each is verified, an unsupported one is flagged 编辑添加", async () => {
    const j = await loggedIn();
    const draft = (await fx.day.store.getDraft(DRAFT_DAY))!.briefing;
    const item = draft.items.find((i) => i.entry.resources.length > 0)!;
    const id = String(item.articleId);
    const n = item.entry.core.bullets.length;
    const edit = (fields: Record<string, string>) =>
      j.post(`/review/${DRAFT_DAY}/edit`, { ...fields, _csrf: j.csrf, entryId: id });
    // The page offers an add form per section, at the next free place.
    const page = await j.send(`/review/${DRAFT_DAY}`);
    assert.ok(page.text.includes(`name="target" value="core.${n}"`), "add-bullet form at the next place");
    assert.match(page.text, /添加资源/);
    // Its resources in the one shape every output shows ("**label**: URL — title"), not "label：URL".
    const shown = item.entry.resources[0]!;
    assert.ok(page.text.includes(`<li><strong>${shown.label}</strong>: <a href="${shown.url}"`), shown.label);

    assert.equal(
      (await edit({ action: "bullet", target: `core.${n}`, value: "编辑补充的一条要点" })).res.status,
      303,
    );
    const made = await edit({
      action: "bullet",
      target: `core.${n + 1}`,
      value: "内部评测准确率达到 99.7%。",
    });
    assert.equal(made.res.status, 303);
    const far = await edit({ action: "bullet", target: `core.${n + 40}`, value: "太远了" });
    assert.equal(far.res.status, 400);
    const own = item.entry.resources[0]!;
    assert.equal(
      (
        await edit({
          action: "resource",
          target: `resources.${item.entry.resources.length}`,
          label: "另一个名字",
          url: own.url,
        })
      ).res.status,
      303,
    );
    const fake = await edit({
      action: "resource",
      target: `resources.${item.entry.resources.length + 1}`,
      label: "编造的代码",
      url: "https://github.com/nobody/not-in-the-article",
    });
    assert.equal(fake.res.status, 303);
    const bad = await edit({
      action: "resource",
      target: `resources.${item.entry.resources.length + 2}`,
      label: "x",
      url: "javascript:alert(1)",
    });
    assert.equal(bad.res.status, 400);

    const rows = (await fx.day.store.listBriefingEdits(DRAFT_DAY)).filter((r) => r.entryId === id);
    const [added, figure, linked, unlinked] = rows.slice(-4);
    assert.deepEqual(added!.unsupported, [], "a plain added bullet passes");
    assert.ok(figure!.unsupported!.length > 0, "a figure the article lacks is caught");
    assert.deepEqual(linked!.unsupported, [], "a link of the article passes, whatever its label");
    assert.ok(
      unlinked!.unsupported!.some((c) => c.includes("not-in-the-article")),
      JSON.stringify(unlinked),
    );
    assert.deepEqual(unlinked!.before, []);
    assert.deepEqual(unlinked!.after, ["编造的代码", "https://github.com/nobody/not-in-the-article"]);

    const view = await j.send(`/review/${DRAFT_DAY}`);
    assert.match(view.text, new RegExp(`核验未通过（核心技术第 ${n + 2} 条）`));
    assert.match(view.text, new RegExp(`核验未通过（相关资源第 ${item.entry.resources.length + 2} 条）`));
    // The curated entry carries both additions; the unsupported ones are published marked 编辑添加.
    const { getReview } = await import("../../queries/index.ts");
    const curated = (await getReview({ store: fx.day.store, config: fx.config }, DRAFT_DAY))!.entries.find(
      (e) => e.entryId === id,
    )!;
    assert.deepEqual(
      curated.item.entry.core.bullets.slice(-2).map((b) => [b.text, b.flagged === true]),
      [
        ["编辑补充的一条要点", false],
        ["内部评测准确率达到 99.7%。", true],
      ],
    );
    assert.deepEqual(
      curated.item.entry.resources.slice(-2).map((r) => r.url),
      [own.url, "https://github.com/nobody/not-in-the-article"],
    );
    assert.deepEqual(curated.item.curation?.editorAdded, [
      `核心技术第 ${n + 2} 条`,
      `相关资源第 ${item.entry.resources.length + 2} 条`,
    ]);
    // Removing the unsupported resource takes it (and its flag) away.
    const removed = await edit({
      action: "resource",
      target: `resources.${item.entry.resources.length + 1}`,
      remove: "1",
    });
    assert.equal(removed.res.status, 303);
    const after = (await getReview({ store: fx.day.store, config: fx.config }, DRAFT_DAY))!.entries.find(
      (e) => e.entryId === id,
    )!;
    assert.ok(!after.item.entry.resources.some((r) => r.url.includes("not-in-the-article")));
    assert.deepEqual(after.item.curation?.editorAdded, [`核心技术第 ${n + 2} 条`]);
  });

  test("an added bullet is published with the label the editor picks, else its section's, in md, html, json and chat", async () => {
    const j = await loggedIn();
    const draft = (await fx.day.store.getDraft(DRAFT_DAY))!.briefing;
    // Another entry than the test above's (it adds to the first entry with resources).
    const taken = draft.items.find((i) => i.entry.resources.length > 0)!;
    const item = draft.items.find((i) => i !== taken)!;
    const id = String(item.articleId);
    const n = item.entry.results.bullets.length;
    const edit = (fields: Record<string, string>) =>
      j.post(`/review/${DRAFT_DAY}/edit`, { ...fields, _csrf: j.csrf, entryId: id });
    // The add form names the label and offers the section's (and its bullets') labels.
    const page = await j.send(`/review/${DRAFT_DAY}`);
    const anchor = `e-${id}`;
    assert.ok(
      page.text.includes(`id="${anchor}-results-new-label" name="label" list="${anchor}-results-labels"`),
    );
    assert.match(
      page.text,
      new RegExp(`<datalist id="${anchor}-results-labels">[\\s\\S]*?<option value="实验数据">`),
    );
    const bullet = (place: number, label: string, value: string) =>
      edit({ action: "bullet", target: `results.${place}`, label, value });
    assert.equal((await bullet(n, " 编辑点评 ", "这是一条编辑补充的要点")).res.status, 303);
    assert.equal((await bullet(n + 1, "", "另一条没起标签的要点")).res.status, 303);
    const long = await bullet(n + 2, "长".repeat(41), "x");
    assert.equal(long.res.status, 400, "a label past 40 characters is refused");
    const rows = (await fx.day.store.listBriefingEdits(DRAFT_DAY)).filter((r) => r.entryId === id);
    assert.deepEqual(
      rows.slice(-2).map((r) => r.after),
      [["编辑点评", "这是一条编辑补充的要点"], "另一条没起标签的要点"],
      "the label is stored with the text; none given: the text alone",
    );
    const { getReview } = await import("../../queries/index.ts");
    const view = (await getReview({ store: fx.day.store, config: fx.config }, DRAFT_DAY))!;
    const curated = view.entries.find((e) => e.entryId === id)!;
    assert.deepEqual(
      curated.item.entry.results.bullets.slice(-2).map((b) => [b.label, b.text]),
      [
        ["编辑点评", "这是一条编辑补充的要点"],
        ["实验数据", "另一条没起标签的要点"],
      ],
    );
    // Saving the added bullet again from its own form keeps its label (the form carries it).
    const again = await j.send(`/review/${DRAFT_DAY}`);
    assert.ok(
      again.text.includes(
        `id="${anchor}-results.${n}-label" name="label" list="${anchor}-results-labels" maxlength="40" value="编辑点评"`,
      ),
    );
    // Every format shows the label before the added bullet, as it does the analysis's own labels.
    const { briefingFormats, briefingBlocks } = await import("../../render/index.ts");
    const md = briefingFormats.markdown.render(view.briefing);
    assert.ok(md.includes("**编辑点评**：这是一条编辑补充的要点"), "markdown");
    assert.ok(md.includes("**实验数据**：另一条没起标签的要点"), "markdown, the section's label");
    const page2 = briefingFormats.html.render(view.briefing);
    assert.ok(page2.includes("<strong>编辑点评</strong>：这是一条编辑补充的要点"), "html");
    const json = JSON.parse(briefingFormats.json.render(view.briefing)) as {
      entries: { id?: string; url: string; results: { bullets: { label?: string; text: string }[] } }[];
    };
    const out = json.entries.find((e) => e.url === item.url)!;
    assert.deepEqual(out.results.bullets.slice(-2), [
      { label: "编辑点评", text: "这是一条编辑补充的要点" },
      { label: "实验数据", text: "另一条没起标签的要点" },
    ]);
    const chat = JSON.stringify(briefingBlocks(view.briefing).blocksFor({ mode: "full" }));
    assert.match(chat, /"编辑点评"[\s\S]*?"：这是一条编辑补充的要点"/, "chat blocks");
  });

  test("a dragged order (the island's post) is stored when every entry stays in its band, refused otherwise", async () => {
    const j = await loggedIn();
    const { getReview } = await import("../../queries/index.ts");
    const view = (await getReview({ store: fx.day.store, config: fx.config }, DRAFT_DAY))!;
    const shown = view.entries.filter((e) => !e.hidden);
    const band = (e: (typeof shown)[number]) => (e.pinned ? "pin" : String(e.item.entry.stars));
    const i = shown.findIndex((e, k) => k + 1 < shown.length && band(e) === band(shown[k + 1]!));
    const k = shown.findIndex((e, m) => m > 0 && band(e) !== band(shown[m - 1]!));
    assert.ok(i >= 0 && k > 0, "the draft has a band of two and a band boundary");
    const ids = shown.map((e) => e.entryId);
    const post = (order: string[]) =>
      j.post(`/review/${DRAFT_DAY}/edit`, {
        _csrf: j.csrf,
        action: "order",
        entryId: order[0]!,
        value: order.join(","),
      });
    const across = [...ids];
    [across[k - 1], across[k]] = [across[k]!, across[k - 1]!];
    const refused = await post(across);
    assert.equal(refused.res.status, 400);
    assert.match(refused.text, /只能在同一 ★ 档内调整顺序/);
    assert.equal((await post(ids.slice(1))).res.status, 400, "every shown entry must be named");
    const within = [...ids];
    [within[i], within[i + 1]] = [within[i + 1]!, within[i]!];
    assert.equal((await post(within)).res.status, 303);
    const after = (await getReview({ store: fx.day.store, config: fx.config }, DRAFT_DAY))!;
    assert.deepEqual(
      after.entries.filter((e) => !e.hidden).map((e) => e.entryId),
      within,
    );
    const page = await j.send(`/review/${DRAFT_DAY}`);
    assert.match(page.text, /data-order-action="\/review\/2026-02-06\/edit"/);
    assert.match(page.text, /<script src="\/static\/review-order.js" defer><\/script>/);
  });

  test("publish runs the server's publish action as the login; discard ends the draft; a decided draft is read-only", async () => {
    const j = await loggedIn();
    const pub = await j.post(`/review/${DRAFT_DAY}/publish`, { _csrf: j.csrf });
    assert.equal(pub.res.status, 303);
    assert.deepEqual(published, [{ date: DRAFT_DAY, by: "editor" }]);
    const discard = await j.post(`/review/${DISCARD_DAY}/discard`, { _csrf: j.csrf });
    assert.equal(discard.res.status, 303);
    assert.equal((await fx.day.store.getDraft(DISCARD_DAY))!.status, "discarded");
    assert.equal((await fx.day.store.getDraft(DISCARD_DAY))!.decidedBy, "editor");
    const page = await j.send(`/review/${DISCARD_DAY}?done=discarded`);
    assert.match(page.text, /草稿已丢弃/);
    assert.match(page.text, /不能再修改/);
    assert.doesNotMatch(page.text, /name="action" value="hide"/);
    const [id] = await entriesOf(DISCARD_DAY);
    const late = await j.post(`/review/${DISCARD_DAY}/edit`, {
      _csrf: j.csrf,
      action: "hide",
      entryId: id!,
      value: "true",
    });
    assert.equal(late.res.status, 400);
    assert.match(late.text, /已经发布或丢弃/);
    assert.equal((await j.send("/review/2020-01-01")).res.status, 404);
  });

  test("without the pipeline the page says it cannot publish here", async () => {
    const bare = fx.app();
    const j = jar(() => bare);
    const csrf = j.csrfOf((await j.send("/login")).text)!;
    await j.post("/login", { _csrf: csrf, name: EDITOR.name, password: EDITOR.password });
    const page = await j.send(`/review/${HOSTILE_DRAFT}`);
    assert.match(page.text, /此服务器未接入流水线/);
    const r = await j.post(`/review/${HOSTILE_DRAFT}/publish`, { _csrf: j.csrfOf(page.text)! });
    assert.equal(r.res.status, 400);
  });

  test("a hostile draft renders inert", async () => {
    const j = await loggedIn();
    const page = await j.send(`/review/${HOSTILE_DRAFT}`);
    assert.equal(page.res.status, 200);
    assert.ok(!page.text.includes("<script>window"), "raw <script>");
    assert.ok(!/<img[^>]*onerror/i.test(page.text), "raw <img onerror>");
    assert.ok(!page.text.includes(`onerror="${PWN}"`));
    assert.ok(page.text.includes("&lt;script&gt;window.__pwned=1&lt;/script&gt;"));
  });
});
