/** The HTTP API's suite (test/api-app/suite.ts), in order: review: a draft read, edited, published and discarded with the write scope. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { READ_TOKEN, WRITE_TOKEN } from "../support/api-server.ts";
import { call, day, saveDemoDraft, withApi } from "./suite.ts";

export function apiReviewTests() {
  test("review: the draft needs the write scope (GET too); edits are audited under the token's name; publish and discard", async () => {
    const draftDay = "2026-02-01";
    const otherDay = "2026-01-31";
    const published = await saveDemoDraft(draftDay);
    await saveDemoDraft(otherDay);
    assert.equal((await call(`/review/${draftDay}`)).res.status, 403, "a read token cannot see a draft");
    assert.equal((await call(`/review/${draftDay}`, { token: null })).res.status, 401);
    const { res, body } = await call(`/review/${draftDay}`, { token: WRITE_TOKEN });
    assert.equal(res.status, 200);
    assert.equal(body.status, "draft");
    assert.equal(body.entries.length, published.items.length);
    assert.equal(body.briefing.entries.length, published.items.length);
    const [first, second] = body.entries as { id: string; summary: string }[];
    const post = (path: string, json: object, token: string | null = WRITE_TOKEN) =>
      call(path, {
        method: "POST",
        token,
        headers: { "content-type": "application/json" },
        body: JSON.stringify(json),
      });
    assert.equal(
      (
        await post(
          `/review/${draftDay}/edits`,
          { action: "hide", entryId: first!.id, value: true },
          READ_TOKEN,
        )
      ).res.status,
      403,
    );
    const hide = await post(`/review/${draftDay}/edits`, { action: "hide", entryId: first!.id, value: true });
    assert.equal(hide.res.status, 201);
    assert.equal(hide.body.edit.user, "writer");
    assert.equal(hide.body.edit.before, false);
    assert.equal(hide.body.entry.hidden, true);
    // An edited summary with a figure the article never gives is flagged, the failing claim named.
    const made = await post(`/review/${draftDay}/edits`, {
      action: "summary",
      entryId: second!.id,
      value: "该模型在内部评测中准确率达到 99.7%，参数量 987B。",
    });
    assert.equal(made.res.status, 201);
    assert.ok(made.body.edit.unsupported.length > 0, JSON.stringify(made.body.edit));
    assert.match(made.body.edit.unsupported.join(" "), /99\.7|987/);
    assert.deepEqual(
      made.body.entry.unsupported.map((u: { where: string }) => u.where),
      ["summary"],
    );
    const bad = await post(`/review/${draftDay}/edits`, { action: "stars", entryId: second!.id, value: 9 });
    assert.equal(bad.res.status, 400);
    assert.equal(bad.body.code, "invalid_request");
    const unknown = await post(`/review/${draftDay}/edits`, {
      action: "pin",
      entryId: "999999",
      value: true,
    });
    assert.equal(unknown.res.status, 404);
    assert.equal(
      (await post(`/review/2020-01-01/edits`, { action: "pin", entryId: "1", value: true })).res.status,
      404,
    );
    const view = await call(`/review/${draftDay}`, { token: WRITE_TOKEN });
    assert.deepEqual(
      view.body.edits.map((e: { field: string; user: string }) => [e.field, e.user]),
      [
        ["hide", "writer"],
        ["summary", "writer"],
      ],
    );
    assert.equal(
      view.body.briefing.entries.length,
      published.items.length - 1,
      "the hidden entry is not in what Publish would publish",
    );
    assert.ok(
      view.body.briefing.entries.some((e: { curation?: { editorAdded?: string[] } }) =>
        e.curation?.editorAdded?.includes("摘要"),
      ),
    );

    const pub = await post(`/review/${draftDay}/publish`, {});
    assert.equal(pub.res.status, 200, JSON.stringify(pub.body));
    assert.equal(pub.body.entries, published.items.length - 1);
    const stored = (await day.store.getBriefing(draftDay))!.briefing;
    assert.equal(stored.items.length, published.items.length - 1);
    assert.ok(
      !stored.items.some((i) => String(i.articleId) === first!.id),
      "the hidden entry was not published",
    );
    assert.equal((await day.store.getDraft(draftDay))!.decidedBy, "writer");
    assert.equal((await post(`/review/${draftDay}/publish`, {})).res.status, 409, "published once");
    assert.equal(
      (await post(`/review/${draftDay}/edits`, { action: "pin", entryId: second!.id, value: true })).res
        .status,
      409,
    );

    const discard = await post(`/review/${otherDay}/discard`, {});
    assert.equal(discard.res.status, 200);
    assert.deepEqual(discard.body, { date: otherDay, status: "discarded" });
    assert.equal(await day.store.getBriefing(otherDay), undefined);
    assert.equal((await post(`/review/${otherDay}/discard`, {})).res.status, 409);
    const noPipeline = withApi({}, { actions: undefined, runs: undefined });
    const refused = await call(`/review/${otherDay}/publish`, {
      method: "POST",
      token: WRITE_TOKEN,
      on: noPipeline,
    });
    assert.equal(refused.res.status, 503);
  });

  test("review: resource links are added (verified as /review verifies them), removed; the order is set within ★ bands only; a bullet takes a label", async () => {
    const date = "2026-01-30";
    const published = await saveDemoDraft(date);
    const post = (json: object, token: string | null = WRITE_TOKEN) =>
      call(`/review/${date}/edits`, {
        method: "POST",
        token,
        headers: { "content-type": "application/json" },
        body: JSON.stringify(json),
      });
    type Entry = {
      id: string;
      stars: number;
      pinned: boolean;
      resources: { target: string; label: string; url: string }[];
      nextResource: string;
    };
    const entries = (await call(`/review/${date}`, { token: WRITE_TOKEN })).body.entries as Entry[];
    const withLinks = entries.find((e) => e.resources.length > 0)!;
    const draftItem = published.items.find((i) => String(i.articleId) === withLinks.id)!;
    assert.deepEqual(
      withLinks.resources.map((r) => [r.label, r.url]),
      draftItem.entry.resources.map((r) => [r.label, r.url]),
    );
    const n = draftItem.entry.resources.length;
    const resource = (target: string, value: string[]) =>
      post({ action: "resource", entryId: withLinks.id, target, value });
    assert.equal(withLinks.nextResource, `resources.${n}`);

    const own = draftItem.entry.resources[0]!;
    const addOwn = {
      action: "resource",
      entryId: withLinks.id,
      target: `resources.${n}`,
      value: ["同一链接", own.url],
    };
    assert.equal((await post(addOwn, READ_TOKEN)).res.status, 403, "a read token cannot edit");
    const linked = await post(addOwn);
    assert.equal(linked.res.status, 201, JSON.stringify(linked.body));
    assert.equal(linked.body.edit.user, "writer", "audited under the token's name");
    assert.deepEqual(linked.body.edit.unsupported, [], "a link of the article passes, whatever its label");
    assert.equal(linked.body.entry.nextResource, `resources.${n + 1}`);
    const fake = await resource(`resources.${n + 1}`, [
      "编造的代码",
      "https://github.com/nobody/not-in-the-article",
    ]);
    assert.equal(fake.res.status, 201);
    assert.ok(
      fake.body.edit.unsupported.some((c: string) => c.includes("not-in-the-article")),
      JSON.stringify(fake.body.edit),
    );
    assert.deepEqual(
      fake.body.entry.unsupported.map((u: { where: string }) => u.where),
      [`resources.${n + 1}`],
    );
    const bad = await resource(`resources.${n + 2}`, ["x", "javascript:alert(1)"]);
    assert.equal(bad.res.status, 400);
    assert.equal(bad.body.code, "invalid_request");
    assert.equal((await post({ ...addOwn, target: "core.1" })).res.status, 400, "a resource place only");
    const removed = await resource("resources.0", []);
    assert.equal(removed.res.status, 201);
    assert.deepEqual(removed.body.edit.before, [own.label, own.url]);
    assert.deepEqual(
      removed.body.entry.resources.map((r: { target: string; url: string }) => [r.target, r.url]),
      [
        ...draftItem.entry.resources.slice(1).map((r, k) => [`resources.${k + 1}`, r.url]),
        [`resources.${n}`, own.url],
        [`resources.${n + 1}`, "https://github.com/nobody/not-in-the-article"],
      ],
    );
    // What Publish would publish marks the unsupported link 编辑添加, as /review does.
    const view = (await call(`/review/${date}`, { token: WRITE_TOKEN })).body;
    const out = view.briefing.entries.find((e: { url: string }) => e.url === draftItem.url);
    assert.deepEqual(out.curation?.editorAdded, [`相关资源第 ${n + 2} 条`]);

    // Order: within a ★ band it is stored as one edit; across bands, or not naming every entry, refused.
    const band = (e: Entry) => (e.pinned ? "pin" : String(e.stars));
    const ids = entries.map((e) => e.id);
    const i = entries.findIndex((e, k) => k + 1 < entries.length && band(e) === band(entries[k + 1]!));
    const k = entries.findIndex((e, m) => m > 0 && band(e) !== band(entries[m - 1]!));
    assert.ok(i >= 0 && k > 0, "the draft has a band of two and a band boundary");
    const across = [...ids];
    [across[k - 1], across[k]] = [across[k]!, across[k - 1]!];
    const refused = await post({ action: "order", order: across });
    assert.equal(refused.res.status, 409);
    assert.equal(refused.body.code, "conflict");
    assert.match(refused.body.detail, /只能在同一 ★ 档内调整顺序/);
    assert.equal((await post({ action: "order", order: ids.slice(1) })).res.status, 409);
    assert.equal((await post({ action: "order", order: [] })).res.status, 400);
    const within = [...ids];
    [within[i], within[i + 1]] = [within[i + 1]!, within[i]!];
    const ordered = await post({ action: "order", order: within });
    assert.equal(ordered.res.status, 201, JSON.stringify(ordered.body));
    assert.equal(ordered.body.edit.field, "order");
    assert.equal(ordered.body.edit.entryId, "*");
    assert.deepEqual(ordered.body.edit.after, within);
    const after = (await call(`/review/${date}`, { token: WRITE_TOKEN })).body;
    assert.deepEqual(
      after.entries.map((e: Entry) => e.id),
      within,
    );

    // A bullet added with a label is published with it.
    const bullets = draftItem.entry.core.bullets.length;
    const labelled = await post({
      action: "bullet",
      entryId: withLinks.id,
      target: `core.${bullets}`,
      value: "编辑补充的一条要点",
      label: "编辑点评",
    });
    assert.equal(labelled.res.status, 201);
    assert.deepEqual(labelled.body.edit.after, ["编辑点评", "编辑补充的一条要点"]);
    const final = (await call(`/review/${date}`, { token: WRITE_TOKEN })).body;
    const core = final.briefing.entries.find((e: { url: string }) => e.url === draftItem.url).core.bullets;
    assert.deepEqual(core.at(-1), { label: "编辑点评", text: "编辑补充的一条要点" });
  });
}
