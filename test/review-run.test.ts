/**
 * Review before publish, end to end over the demo day (docs/review.md): with publish.review a run
 * stops at a draft (no files, nothing delivered), `render` refuses to publish it, the editor's
 * edits are re-verified and audited, and `daybrief review --publish` delivers the curated briefing to
 * a signed webhook. The draft's deadline: review-deadline.test.ts; a run with no sources left:
 * review-failed-run.test.ts.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { loadConfig } from "../src/config/index.ts";
import { editDraft, getReview } from "../src/queries/index.ts";
import { DEMO_DAY, FIXED_NOW, type Harness, outputPath } from "./support/cli-harness.ts";
import { draftScheduler, fakeTimers } from "./support/review-scheduler.ts";
import {
  ctxOf,
  DEADLINE,
  type PublishedEntry,
  SECRET,
  type Setup,
  setup,
  withStore,
} from "./support/review-setup.ts";

describe("publish.review: a draft, curated, then published", () => {
  let s: Setup;
  let run: Awaited<ReturnType<Harness["run"]>>;
  before(async () => {
    s = await setup({ review: true, reviewDeadline: "09:30", onDeadline: "wait" });
    run = await s.h.run(["run", "--date", DEMO_DAY, "-q"]);
  });
  after(async () => s?.close());

  test("the run stops at a draft: no files, no delivery, no published briefing; the report says where to review", async () => {
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /draft stored, awaiting review: no files written, nothing delivered/);
    assert.match(run.stdout, new RegExp(`/review/${DEMO_DAY}.*daybrief review --date ${DEMO_DAY}`));
    assert.match(run.stdout, /due 2026-02-05 09:30; then it keeps waiting/);
    for (const ext of ["md", "html", "json"] as const)
      assert.equal(existsSync(outputPath(s.h.dir, DEMO_DAY, ext)), false);
    assert.equal(existsSync(join(s.h.dir, "out", "index.html")), false);
    assert.equal(existsSync(join(s.h.dir, "out", "feed.xml")), false);
    assert.equal(s.hook.requests.length, 0, "nothing delivered");
    await withStore(s, async (store) => {
      assert.equal(await store.getBriefing(DEMO_DAY), undefined);
      const draft = (await store.getDraft(DEMO_DAY))!;
      assert.equal(draft.status, "draft");
      assert.equal(draft.deadline, DEADLINE);
      assert.ok(draft.briefing.items.length >= 3, `entries: ${draft.briefing.items.length}`);
    });
    const zh = await s.h.run(["review", "--list", "--lang", "zh"]);
    assert.match(zh.stdout, new RegExp(`${DEMO_DAY}  待审阅`));
  });

  test("render does not publish a draft's files (exit 2), but prints it with --format", async () => {
    const refused = await s.h.run(["render", "--date", DEMO_DAY]);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /draft awaiting review/);
    assert.equal(existsSync(outputPath(s.h.dir, DEMO_DAY, "md")), false);
    const printed = await s.h.run(["render", "--date", DEMO_DAY, "--format", "md"]);
    assert.equal(printed.code, 0);
  });

  test("onDeadline wait: the scheduler leaves a draft past its deadline as it is", async () => {
    const ctx = ctxOf(s);
    const config = loadConfig(s.h.configPath, ctx.env);
    const clock = fakeTimers(s);
    // An hour past the deadline: the scheduler checks the drafts as it starts.
    s.clock.t = new Date(DEADLINE).getTime() + 3_600_000;
    const scheduler = draftScheduler(config, ctx, clock);
    await scheduler.idle();
    await clock.advanceTo(new Date(s.clock.t + 3_600_000));
    await scheduler.idle();
    await scheduler.stop();
    s.clock.t = FIXED_NOW.getTime();
    await withStore(s, async (store) => assert.equal((await store.getDraft(DEMO_DAY))!.status, "draft"));
    assert.equal(s.hook.requests.length, 0);
  });

  test("curated (hide, pin, edit a summary) and published from the CLI: the webhook gets the curated briefing", async () => {
    const config = loadConfig(s.h.configPath, { HOOK_SECRET: SECRET });
    const by = { user: "editor", now: FIXED_NOW };
    const ids = await withStore(s, async (store) => {
      const view = (await getReview({ store, config }, DEMO_DAY))!;
      const [a, b, c] = view.entries.map((e) => e.entryId);
      await editDraft({ store, config }, DEMO_DAY, { action: "hide", entryId: a!, value: true }, by);
      await editDraft({ store, config }, DEMO_DAY, { action: "pin", entryId: c!, value: true }, by);
      const edited = await editDraft(
        { store, config },
        DEMO_DAY,
        { action: "summary", entryId: b!, value: "编辑改写：据称准确率提升到 99.7%。" },
        by,
      );
      assert.ok(
        edited.edit.unsupported!.some((claim) => claim.includes("99.7")),
        JSON.stringify(edited.edit),
      );
      return { hidden: a!, edited: b!, pinned: c!, all: view.entries.map((e) => e.entryId) };
    });
    const shown = await s.h.run(["review", "--date", DEMO_DAY]);
    assert.equal(shown.code, 0, shown.stderr);
    assert.match(shown.stdout, /entries to publish, 1 hidden, 3 edits/);
    assert.match(shown.stdout, /\(hidden\)/);
    assert.match(shown.stdout, /\(pinned\)/);
    assert.match(shown.stdout, /editor's text the article does not support \(摘要\)/);

    const published = await s.h.run(["review", "--date", DEMO_DAY, "--publish"]);
    assert.equal(published.code, 0, published.stdout + published.stderr);
    assert.match(published.stdout, /delivered hook \(webhook\): 1 sent/);
    assert.equal(s.hook.accepted.length, 1);
    const payload = JSON.parse(s.hook.accepted[0]!) as { entries: PublishedEntry[]; notes: string[] };
    const order = payload.entries.map((e) => String(e.articleId));
    assert.equal(order[0], ids.pinned, "the pinned entry leads");
    assert.deepEqual(payload.entries[0]!.curation, { pinned: true });
    assert.ok(!order.includes(ids.hidden), "the hidden entry is not delivered");
    assert.deepEqual([...order].sort(), ids.all.filter((id) => id !== ids.hidden).sort());
    const edited = payload.entries.find((e) => String(e.articleId) === ids.edited)!;
    assert.equal(edited.summary, "编辑改写：据称准确率提升到 99.7%。");
    assert.deepEqual(edited.curation?.editorAdded, ["摘要"]);
    assert.ok(edited.notes?.some((n) => n.startsWith("编辑添加")));
    assert.ok(
      payload.notes.some((n) => /本期经编辑审阅后发布（审阅：editor；修改 3 处，隐藏 1 条）/.test(n)),
    );
    // The files are the same curated briefing; the store keeps it published, by "cli".
    assert.equal(readFileSync(outputPath(s.h.dir, DEMO_DAY, "json"), "utf8"), s.hook.accepted[0]);
    await withStore(s, async (store) => {
      const draft = (await store.getDraft(DEMO_DAY))!;
      assert.equal(draft.status, "published");
      assert.equal(draft.decidedBy, "cli");
      assert.deepEqual(
        (await store.getBriefing(DEMO_DAY))!.briefing.items.map((i) => String(i.articleId)),
        order,
      );
      assert.equal((await store.listBriefingEdits(DEMO_DAY)).length, 3, "the edits stay as the audit trail");
    });
    // `render` rebuilds the day from the analyses and applies the same edits.
    const rendered = await s.h.run(["render", "--date", DEMO_DAY, "--format", "json"]);
    assert.equal(rendered.code, 0, rendered.stderr);
    const again = JSON.parse(rendered.stdout) as { entries: PublishedEntry[] };
    assert.deepEqual(
      again.entries.map((e) => [String(e.articleId), e.summary]),
      payload.entries.map((e) => [String(e.articleId), e.summary]),
    );
  });

  test("a decided draft cannot be published or discarded again (exit 2); unknown days exit 2", async () => {
    const twice = await s.h.run(["review", "--date", DEMO_DAY, "--publish"]);
    assert.equal(twice.code, 2);
    assert.match(twice.stderr, /already published/);
    const discard = await s.h.run(["review", "--date", DEMO_DAY, "--discard"]);
    assert.equal(discard.code, 2);
    const none = await s.h.run(["review", "--date", "2026-01-01"]);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /no draft for 2026-01-01/);
    assert.equal((await s.h.run(["review"])).code, 2, "needs --date or --list");
    assert.equal((await s.h.run(["review", "--date", DEMO_DAY, "--publish", "--discard"])).code, 2);
    assert.equal(s.hook.accepted.length, 1, "nothing sent twice");
  });
});
