/** The /review pages' additions: bullets and resources an editor adds, verified, and published with their labels. The shared setup is test/support/review-app.ts. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DRAFT_DAY, fx, loggedIn, openReviewApp } from "../../../test/support/review-app.ts";

openReviewApp();

describe("/review", () => {
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
});
