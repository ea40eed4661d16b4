import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { makeArticle, makeSource } from "../../src/store/fixtures.ts";
import { backends } from "./backends.ts";

for (const backend of backends)
  describe(`${backend.name}: host cool-downs, host requests and the page re-read queue`, () => {
    it("keeps the longer cool-down and lists only running ones", async () => {
      const { store, remove } = await backend.open();
      try {
        const since = "2026-02-04T02:00:00Z";
        await store.saveHostCooldown({
          host: "mp.weixin.qq.com",
          until: "2026-02-04T08:00:00Z",
          reason: "环境异常",
          since,
        });
        await store.saveHostCooldown({
          host: "mp.weixin.qq.com",
          until: "2026-02-04T05:00:00Z",
          reason: "HTTP 429",
          since,
        });
        assert.deepEqual(
          (await store.listHostCooldowns("2026-02-04T07:59:00Z")).map((c) => [c.host, c.until, c.reason]),
          [["mp.weixin.qq.com", "2026-02-04T08:00:00.000Z", "环境异常"]],
        );
        assert.deepEqual(await store.listHostCooldowns("2026-02-04T08:00:00Z"), []);
      } finally {
        await remove();
      }
    });

    it("adds up requests per host and day", async () => {
      const { store, remove } = await backend.open();
      try {
        await store.addHostRequests("mp.weixin.qq.com", "2026-02-04", 3);
        await store.addHostRequests("mp.weixin.qq.com", "2026-02-04", 2);
        await store.addHostRequests("mp.weixin.qq.com", "2026-02-05", 1);
        assert.equal(await store.countHostRequests("mp.weixin.qq.com", "2026-02-04"), 5);
        assert.equal(await store.countHostRequests("example.com", "2026-02-04"), 0);
      } finally {
        await remove();
      }
    });

    it("queues an article once, counts failed tries, and forgets it when read", async () => {
      const { store, remove } = await backend.open();
      try {
        await store.upsertSource(makeSource());
        const { id } = await store.saveArticle(makeArticle({ status: "feed-only", textFrom: "feed" }));
        const entry = {
          articleId: id,
          host: "mp.weixin.qq.com",
          reason: "环境异常",
          queuedAt: "2026-02-04T03:00:00Z",
        };
        await store.queuePageReread(entry);
        await store.queuePageReread({ ...entry, reason: "HTTP 429" });
        await store.notePageRereadAttempt(id, "still walled");
        assert.deepEqual(await store.listPageRereads(), [
          {
            ...entry,
            reason: "HTTP 429",
            queuedAt: "2026-02-04T03:00:00.000Z",
            attempts: 1,
            lastError: "still walled",
          },
        ]);
        assert.equal((await store.getArticle(id))?.textFrom, "feed");
        await store.finishPageReread(id);
        assert.deepEqual(await store.listPageRereads(), []);
      } finally {
        await remove();
      }
    });
  });
