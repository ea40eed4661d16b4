/** The /review pages' edits: each an audit row, an unsupported one flagged, moves within the ★ band, a dragged order. The shared setup is test/support/review-app.ts. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DRAFT_DAY, entriesOf, fx, loggedIn, openReviewApp } from "../../../test/support/review-app.ts";

openReviewApp();

describe("/review", () => {
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
});
