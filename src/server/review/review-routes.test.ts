/** The /review pages: behind the login and CSRF, the list of drafts, publish and discard, a hostile draft. The shared setup is test/support/review-app.ts. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  app,
  DISCARD_DAY,
  DRAFT_DAY,
  entriesOf,
  fx,
  HOSTILE_DRAFT,
  loggedIn,
  openReviewApp,
  published,
} from "../../../test/support/review-app.ts";
import { EDITOR, PWN } from "../../../test/support/web-fixture.ts";
import { jar } from "../../../test/support/web-jar.ts";

openReviewApp();

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
