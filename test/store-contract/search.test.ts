import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, test } from "node:test";
import type { AnalyserInfo } from "../../src/model/index.ts";
import { parseSearchQuery } from "../../src/model/search-text.ts";
import { makeEntry, makeSource, searchCorpus } from "../../src/store/fixtures.ts";
import type { Store } from "../../src/store/index.ts";
import { backends, sqliteSearchThreads } from "./backends.ts";

// Search words, ranking and the index following writes; filters and facets: search-facets.test.ts.
for (const backend of [...backends, sqliteSearchThreads])
  describe(backend.name, () => {
    const offline: AnalyserInfo = { kind: "offline", name: "offline-extractive", promptVersion: "v1" };
    const llm: AnalyserInfo = { kind: "llm", name: "deepseek/deepseek-chat", promptVersion: "v1" };
    const NOW = "2026-02-10T00:00:00Z";

    let store: Store;
    let remove: () => Promise<void>;
    const { add, search } = searchCorpus(() => store, NOW);
    beforeEach(async () => {
      ({ store, remove } = await backend.open());
      await store.upsertSource(makeSource());
      await store.upsertSource(makeSource({ id: "qbitai", name: "量子位" }));
    });
    afterEach(async () => remove());

    test("two-character Chinese words are found as words, not as scattered characters", async () => {
      const meituan = await add({ title: "美团提出STAR框架" });
      const zhipu = await add({ text: "智谱发布新模型，混元也跟进了。" });
      const scattered = await add({ text: "美国团队与智能谱系研究。" });
      assert.deepEqual(await search("美团"), [meituan]);
      assert.deepEqual(await search("智谱"), [zhipu]);
      assert.deepEqual(await search("混元"), [zhipu]);
      assert.ok(!(await search("美团")).includes(scattered));
    });

    test("words of three and more characters must appear in one piece", async () => {
      const whole = await add({ text: "智谱清言上线了新功能。" });
      await add({ text: "智谱和清言是两回事。" });
      assert.deepEqual(await search("智谱清言"), [whole]);
      assert.deepEqual(await search("多模态大模型"), []);
      const long = await add({ title: "多模态大模型的新基准" });
      assert.deepEqual(await search("多模态大模型"), [long]);
    });

    test("English and model names with hyphens and digits match as names", async () => {
      const minicpm = await add({ title: "面壁开源MiniCPM-o 4.5" });
      const gpt5 = await add({ text: "OpenAI 发布 GPT-5，推理更强。" });
      const gpt45 = await add({ text: "GPT-4.5 的价格下调了。" });
      const clbench = await add({ text: "腾讯混元推出 CL-bench 评测。" });
      await add({ text: "A bench for CL is not the same thing." });
      assert.deepEqual(await search("MiniCPM-o"), [minicpm]);
      assert.deepEqual(await search("minicpm"), [minicpm]);
      assert.deepEqual(await search("ＧＰＴ-5"), [gpt5], "full-width letters are the same letters");
      assert.ok(!(await search("GPT-5")).includes(gpt45));
      assert.deepEqual(await search("gpt-4.5"), [gpt45]);
      assert.deepEqual(await search("CL-bench"), [clbench]);
      assert.deepEqual(await search('"cl bench"'), [clbench]);
    });

    test("every term is required; a term with nothing searchable is ignored", async () => {
      const both = await add({ title: "美团提出STAR框架" });
      await add({ title: "STAR 是另一个项目" });
      assert.deepEqual(await search("美团 STAR"), [both]);
      assert.deepEqual(await search("美团 ——"), [both]);
      assert.deepEqual(await store.searchDocuments({ terms: [], limit: 5, now: NOW }), {
        total: 0,
        capped: false,
        matches: [],
      });
    });

    test("ranked by relevance (title over text), then by recency; one hit per article", async () => {
      const inText = await add({ text: "顺带提到了混元。", publishedAt: "2026-02-09T00:00:00Z" });
      const inTitle = await add({ title: "混元发布新版本", publishedAt: "2026-02-01T00:00:00Z" });
      assert.deepEqual(await search("混元"), [inTitle, inText]);
      const older = await add({ title: "智谱发布", publishedAt: "2026-01-01T00:00:00Z" });
      const newer = await add({ title: "智谱发布", publishedAt: "2026-02-08T00:00:00Z" });
      assert.deepEqual(await search("智谱"), [newer, older]);
      // Matched by its text and by its entry: still one hit, carrying the entry.
      const both = await add(
        { title: "Skywork 发布", text: "Skywork Desktop" },
        { title: "Skywork Desktop 桌面智能体" },
      );
      const result = await store.searchDocuments({ terms: parseSearchQuery("skywork"), limit: 5, now: NOW });
      assert.equal(result.total, 1);
      assert.equal(result.matches[0]!.articleId, both);
      assert.ok(result.matches[0]!.analysisId !== undefined);
      // total counts every match, limit cuts the list.
      const limited = await store.searchDocuments({ terms: parseSearchQuery("发布"), limit: 1, now: NOW });
      assert.equal(limited.matches.length, 1);
      assert.equal(limited.total, 4);
    });

    test("a word in too many documents: only the most recently stored are ranked, and it says so", async () => {
      const ids: number[] = [];
      for (const n of [1, 2, 3])
        ids.push(await add({ title: `发布第${n}条`, publishedAt: "2026-02-01T00:00:00Z" }));
      const all = await store.searchDocuments({ terms: parseSearchQuery("发布"), limit: 10, now: NOW });
      assert.equal(all.capped, false);
      assert.equal(all.total, 3);
      const capped = await store.searchDocuments({
        terms: parseSearchQuery("发布"),
        limit: 10,
        now: NOW,
        scoreAtMost: 2,
      });
      assert.equal(capped.capped, true);
      assert.deepEqual(new Set(capped.matches.map((m) => m.articleId)), new Set(ids.slice(1)));
    });

    test("the index follows every write: new text, a re-analysis replacing an entry, a failure upgraded", async () => {
      const id = await add({ title: "旧标题" }, { title: "盘古大模型发布", tags: ["盘古"] });
      assert.deepEqual(await search("盘古"), [id]);
      const hash = (await store.getArticle(id))!.contentHash;
      await store.saveAnalysis({
        articleId: id,
        contentHash: hash,
        status: "ok",
        entry: makeEntry({ title: "文心大模型发布", summary: "百度文心" }),
        analyser: offline,
        replace: true,
      });
      assert.deepEqual(await search("盘古"), [], "the replaced entry is gone from the index");
      assert.deepEqual(await search("文心"), [id]);
      assert.deepEqual(await search("文心", { minStars: 3 }), [id]);

      await store.updateArticle(id, { text: "全文里写的是可灵视频模型。" });
      assert.deepEqual(await search("可灵"), [id]);

      const other = await add({ title: "无关" });
      const otherHash = (await store.getArticle(other))!.contentHash;
      await store.saveAnalysis({
        articleId: other,
        contentHash: otherHash,
        status: "failed",
        error: "timeout",
        analyser: llm,
      });
      assert.deepEqual(await search("豆包"), []);
      await store.saveAnalysis({
        articleId: other,
        contentHash: otherHash,
        status: "ok",
        entry: makeEntry({ title: "豆包大模型" }),
        analyser: llm,
      });
      assert.deepEqual(await search("豆包"), [other], "a failure replaced by an entry is indexed");
    });
  });
