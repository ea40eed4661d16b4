import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, test } from "node:test";
import { makeArticle, makeSource } from "../../src/store/fixtures.ts";
import type { Store } from "../../src/store/index.ts";
import { backends } from "./backends.ts";

for (const backend of backends)
  describe(backend.name, () => {
    let store: Store;
    let remove: () => Promise<void>;
    beforeEach(async () => {
      ({ store, remove } = await backend.open({ now: () => new Date("2026-02-04T08:00:00Z") }));
      await store.upsertSource(makeSource());
    });
    afterEach(async () => remove());

    test("an article round-trips field for field, with its id", async () => {
      const article = makeArticle({
        author: "机器之心编辑部",
        account: "机器之心",
        statusReason: "full text",
      });
      const { id, inserted } = await store.saveArticle(article);
      assert.equal(inserted, true);
      assert.deepEqual(await store.getArticle(id), { ...article, id });
      assert.deepEqual(await store.findArticleByUrl(article.url), { ...article, id });
      assert.equal(await store.articleExists(article.url), true);
      assert.equal(await store.articleExists("https://example.com/other"), false);
    });

    test("the same canonical URL twice keeps one row and returns the first id", async () => {
      const first = await store.saveArticle(makeArticle());
      const second = await store.saveArticle(makeArticle({ title: "another title", guid: "star-2" }));
      assert.deepEqual(second, { id: first.id, inserted: false });
      assert.equal((await store.findArticleByUrl(makeArticle().url))?.title, makeArticle().title);
      assert.equal(
        (await store.listArticlesPublishedBetween("2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z")).length,
        1,
      );
    });

    test("a lookup by content hash finds the earliest article", async () => {
      const first = await store.saveArticle(makeArticle());
      await store.saveArticle(
        makeArticle({ url: "https://www.qbitai.com/star", guid: "q-1", contentHash: "a".repeat(64) }),
      );
      assert.equal((await store.findArticleByContentHash("a".repeat(64)))?.id, first.id);
      assert.equal(await store.findArticleByContentHash("b".repeat(64)), undefined);
    });

    test("updateArticle upgrades a feed-only article and reports unknown ids", async () => {
      const { id } = await store.saveArticle(
        makeArticle({ status: "feed-only", statusReason: "verification page", text: "摘要" }),
      );
      assert.equal(
        await store.updateArticle(id, {
          status: "ok",
          text: "全文",
          contentHash: "c".repeat(64),
          statusReason: undefined,
        }),
        true,
      );
      const updated = await store.getArticle(id);
      assert.equal(updated?.status, "ok");
      assert.equal(updated?.text, "全文");
      assert.equal(updated?.contentHash, "c".repeat(64));
      assert.equal(updated?.statusReason, "verification page", "undefined leaves a field alone");
      assert.equal(await store.updateArticle(9999, { status: "ok" }), false);
      assert.equal(await store.updateArticle(id, {}), true);
    });

    test("publish times are stored in UTC and ranges are [start, end)", async () => {
      // 2026-02-04 in Asia/Shanghai is [2026-02-03T16:00Z, 2026-02-04T16:00Z).
      const times = {
        before: "2026-02-03T23:59:59.999+08:00",
        atStart: "2026-02-04T00:00:00+08:00",
        inside: "2026-02-04T10:30:00+08:00",
        atEnd: "2026-02-05T00:00:00+08:00",
      };
      for (const [name, publishedAt] of Object.entries(times)) {
        await store.saveArticle(makeArticle({ url: `https://example.com/${name}`, publishedAt }));
      }
      assert.equal(
        (await store.findArticleByUrl("https://example.com/inside"))?.publishedAt,
        "2026-02-04T02:30:00.000Z",
      );
      const titles = (list: { url: string }[]) => list.map((a) => a.url.replace("https://example.com/", ""));
      assert.deepEqual(titles(await store.listArticlesForDay("2026-02-04", "Asia/Shanghai")), [
        "atStart",
        "inside",
      ]);
      assert.deepEqual(
        titles(
          await store.listArticlesPublishedBetween("2026-02-03T16:00:00Z", new Date("2026-02-04T16:00:00Z")),
        ),
        ["atStart", "inside"],
      );
      await assert.rejects(
        async () =>
          await store.saveArticle(makeArticle({ url: "https://example.com/bad", publishedAt: "昨天" })),
      );
    });

    test("articles by id come back in the order asked, unknown ids skipped", async () => {
      const a = (await store.saveArticle(makeArticle({ url: "https://example.com/a" }))).id;
      const b = (await store.saveArticle(makeArticle({ url: "https://example.com/b" }))).id;
      assert.deepEqual(
        (await store.listArticlesByIds([b, 12345, a])).map((x) => x.id),
        [b, a],
      );
      assert.deepEqual(await store.listArticlesByIds([]), []);
    });

    test("article heads: in the order asked, no HTML, the text cut to so many characters", async () => {
      const long = "甲乙丙丁".repeat(10);
      const a = (await store.saveArticle(makeArticle({ url: "https://example.com/a", text: long }))).id;
      const b = (await store.saveArticle(makeArticle({ url: "https://example.com/b", text: "短" }))).id;
      const heads = await store.listArticleHeads([b, 12345, a], 6);
      assert.deepEqual(
        heads.map((h) => [h.id, h.text, h.truncated]),
        [
          [b, "短", false],
          [a, "甲乙丙丁甲乙", true],
        ],
      );
      const full = (await store.getArticle(a))!;
      assert.deepEqual(
        { ...heads[1], text: undefined },
        {
          id: a,
          sourceId: full.sourceId,
          url: full.url,
          title: full.title,
          publishedAt: full.publishedAt,
          text: undefined,
          truncated: true,
        },
      );
      assert.equal((await store.listArticleHeads([a], 40))[0]!.truncated, false, "exactly 40 characters");
      assert.deepEqual(await store.listArticleHeads([], 10), []);
    });
  });
