import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { after, before, describe, test } from "node:test";
import { promisify } from "node:util";
import { gunzipSync } from "node:zlib";
import type { Hono } from "hono";
import { DEMO_DAY } from "../../test/support/cli-harness.ts";
import { EDITOR, openWebFixture, type WebFixture } from "../../test/support/web-fixture.ts";
import { openStore, type Store } from "../store/index.ts";
import type { AppEnv } from "./auth/env.ts";
import { hashPassword } from "./auth/password.ts";
import { bucketOf, createPageCache } from "./page-cache.ts";

let fx: WebFixture;
before(async () => {
  fx = await openWebFixture({ historyDays: 3 });
});
after(async () => {
  await fx?.close();
});

/** The fixture's store with a count of the reads that build a day page. */
function countingStore(store: Store) {
  const calls = { getBriefing: 0, searchDocuments: 0 };
  const counted = new Proxy(store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== "function") return value;
      if (key === "getBriefing" || key === "searchDocuments")
        return (...args: unknown[]) => {
          calls[key]++;
          return value.apply(target, args);
        };
      return value.bind(target);
    },
  });
  return { store: counted, calls };
}

const body = async (app: Hono<AppEnv>, path: string, init?: RequestInit) => {
  const res = await app.request(path, init);
  return { res, text: await res.text() };
};

/** A day published through `store` with its title changed. */
async function republish(store: Store, date: string, title: string) {
  const stored = (await store.getBriefing(DEMO_DAY))!;
  await store.saveBriefing({
    ...stored,
    date,
    briefing: { ...stored.briefing, date, title },
    generatedAt: new Date().toISOString(),
  });
}

describe("the page cache", () => {
  test("keeps a page: the second request reads nothing to build it", async () => {
    const { store, calls } = countingStore(fx.day.store);
    const app = fx.app({ deps: { queries: { store, config: fx.config } } });
    const first = await body(app, `/d/${DEMO_DAY}`);
    assert.equal(first.res.status, 200);
    const reads = calls.getBriefing;
    assert.ok(reads > 0);
    const second = await body(app, `/d/${DEMO_DAY}`);
    assert.equal(second.text, first.text);
    assert.equal(calls.getBriefing, reads, "served from the cache");
  });

  test("a write through the same store shows on the next request", async () => {
    const app = fx.app();
    const before = await body(app, `/d/${DEMO_DAY}`);
    assert.ok(!before.text.includes("同一连接改的标题"));
    const stored = (await fx.day.store.getBriefing(DEMO_DAY))!;
    try {
      await republish(fx.day.store, DEMO_DAY, "同一连接改的标题");
      assert.match((await body(app, `/d/${DEMO_DAY}`)).text, /<h1>同一连接改的标题 \| /);
    } finally {
      await fx.day.store.saveBriefing(stored);
    }
  });

  test("a write by another connection to the same file shows on the next request", async () => {
    const app = fx.app();
    await body(app, "/archive");
    await body(app, "/");
    const other = openStore(fx.day.store.path);
    try {
      await republish(other, "2026-03-01", "另一个连接发布的一天");
      assert.ok((await body(app, "/archive")).text.includes('href="/d/2026-03-01"'));
      assert.match((await body(app, "/")).text, /<h1>另一个连接发布的一天 \| 2026-03-01<\/h1>/);
    } finally {
      await other.close();
    }
  });

  test("a run by another process (a CLI writing the same SQLite file) shows on the next request", async () => {
    const app = fx.app();
    const search = `/search?q=${encodeURIComponent("另一个进程写入的文章")}`;
    assert.match((await body(app, search)).text, /共 0 篇匹配/);
    await body(app, "/");
    const script = `
      import { openStore } from "./src/store/index.ts";
      const store = openStore(process.argv[1]);
      const [source] = await store.listSourceHealth();
      await store.saveArticle({ sourceId: source.id, url: "https://example.com/other-process", originalUrl: "https://example.com/other-process",
        title: "另一个进程写入的文章", publishedAt: "2026-02-04T08:00:00Z", firstSeenAt: "2026-02-04T08:00:00Z",
        contentHash: "other-process", text: "另一个进程写入的文章，正文。", html: "", links: [], status: "ok" });
      const day = await store.getBriefing("${DEMO_DAY}");
      await store.saveBriefing({ ...day, date: "2026-03-02", briefing: { ...day.briefing, date: "2026-03-02", title: "另一个进程发布" },
        generatedAt: "2026-03-02T12:00:00Z" });
      await store.close();`;
    await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "-e", script, fx.day.store.path],
      { cwd: new URL("../..", import.meta.url).pathname },
    );
    assert.match((await body(app, search)).text, /共 1 篇匹配/);
    assert.match((await body(app, "/")).text, /<h1>另一个进程发布 \| 2026-03-02<\/h1>/);
  });

  test("anonymous and logged-in visitors never share a page; each session gets its own CSRF token", async () => {
    const second = { name: "second", password: "another long password" };
    const users = [
      ...fx.config.serve.users,
      { name: second.name, passwordHash: await hashPassword(second.password) },
    ];
    const app = fx.app({ serve: { users } });
    const login = async (who: { name: string; password: string }) => {
      const page = await app.request("/login");
      const cookie = page.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; ");
      const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1]!;
      const res = await app.request("/login", {
        method: "POST",
        headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ _csrf: csrf, name: who.name, password: who.password }).toString(),
      });
      assert.equal(res.status, 303);
      const jar = new Map(cookie.split("; ").map((p) => [p.split("=")[0]!, p.slice(p.indexOf("=") + 1)]));
      for (const line of res.headers.getSetCookie()) {
        const pair = line.split(";")[0]!;
        jar.set(pair.split("=")[0]!, pair.slice(pair.indexOf("=") + 1));
      }
      return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
    };
    const csrfIn = (text: string) => /name="_csrf" value="([^"]+)"/.exec(text)?.[1];
    const anonymous1 = await body(app, "/archive");
    const editor = await login(EDITOR);
    const editorAgain = await login(EDITOR);
    const other = await login(second);
    const asEditor = await body(app, "/archive", { headers: { cookie: editor } });
    const asEditorAgain = await body(app, "/archive", { headers: { cookie: editorAgain } });
    const asOther = await body(app, "/archive", { headers: { cookie: other } });
    const anonymous2 = await body(app, "/archive");
    for (const anonymous of [anonymous1, anonymous2]) {
      assert.ok(!anonymous.text.includes('class="who"'));
      assert.equal(csrfIn(anonymous.text), undefined, "no CSRF token in an anonymous page");
    }
    assert.match(asEditor.text, /class="who">editor</);
    assert.match(asEditorAgain.text, /class="who">editor</);
    assert.match(asOther.text, /class="who">second</);
    const tokens = [asEditor, asEditorAgain, asOther].map((p) => csrfIn(p.text));
    assert.equal(new Set(tokens).size, 3, "three sessions, three CSRF tokens");
    // Each session's own token is the one in its cookie-bound form (the logout works).
    for (const [cookie, token] of [
      [editor, tokens[0]],
      [other, tokens[2]],
    ] as const) {
      const out = await app.request("/logout", {
        method: "POST",
        headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ _csrf: token! }).toString(),
      });
      assert.equal(out.status, 303);
    }
    assert.notEqual(asEditor.res.headers.get("etag"), anonymous1.res.headers.get("etag"));
    assert.match(asEditor.res.headers.get("vary") ?? "", /Cookie/);
  });

  test("ETag: a matching If-None-Match is 304 without reading the page; a write makes a new ETag", async () => {
    const { store, calls } = countingStore(fx.day.store);
    // A cache that keeps nothing: only the ETag can spare the work.
    const pageCache = createPageCache({ version: () => store.contentVersion(), maxEntries: 0 });
    const app = fx.app({ deps: { queries: { store, config: fx.config }, pageCache } });
    const first = await body(app, `/d/${DEMO_DAY}`);
    const etag = first.res.headers.get("etag")!;
    assert.match(etag, /^W\/"[\w-]+"$/);
    assert.match(first.res.headers.get("cache-control") ?? "", /no-cache/);
    const reads = calls.getBriefing;
    const revalidated = await app.request(`/d/${DEMO_DAY}`, { headers: { "if-none-match": etag } });
    assert.equal(revalidated.status, 304);
    assert.equal(calls.getBriefing, reads, "nothing read for a 304");
    assert.equal(await revalidated.text(), "");
    assert.equal(revalidated.headers.get("etag"), etag);
    // Another process (another cache) never takes this ETag for its own.
    const other = fx.app();
    assert.equal((await other.request(`/d/${DEMO_DAY}`, { headers: { "if-none-match": etag } })).status, 200);
    const stored = (await fx.day.store.getBriefing(DEMO_DAY))!;
    try {
      await republish(fx.day.store, DEMO_DAY, "新的内容");
      const changed = await app.request(`/d/${DEMO_DAY}`, { headers: { "if-none-match": etag } });
      assert.equal(changed.status, 200);
      assert.notEqual(changed.headers.get("etag"), etag);
      assert.match(await changed.text(), /新的内容/);
    } finally {
      await fx.day.store.saveBriefing(stored);
    }
    assert.ok(calls.getBriefing > 0);
    // A 404 carries no ETag.
    const missing = await app.request("/d/2020-01-01");
    assert.equal(missing.status, 404);
    assert.equal(missing.headers.get("etag"), null);
  });

  test("kept pages go gzipped to clients that take gzip, plain to the others, the same page", async () => {
    const app = fx.app();
    const plain = await app.request(`/d/${DEMO_DAY}`);
    const plainText = await plain.text();
    const zipped = await app.request(`/d/${DEMO_DAY}`, {
      headers: { "accept-encoding": "gzip, deflate, br" },
    });
    assert.equal(zipped.headers.get("content-encoding"), "gzip");
    assert.match(zipped.headers.get("vary") ?? "", /Accept-Encoding/);
    const bytes = Buffer.from(await zipped.arrayBuffer());
    assert.equal(gunzipSync(bytes).toString("utf8"), plainText);
    assert.ok(bytes.length * 2.5 < Buffer.byteLength(plainText), "much smaller");
    assert.equal(plain.headers.get("content-encoding"), null);
    assert.equal(zipped.headers.get("etag"), plain.headers.get("etag"), "one weak ETag for both");
    const refused = await app.request(`/d/${DEMO_DAY}`, { headers: { "accept-encoding": "gzip;q=0, br" } });
    assert.equal(refused.headers.get("content-encoding"), null);
    assert.equal(await refused.text(), plainText);
  });

  test("search results are kept per URL and per 10-minute bucket of the clock", async () => {
    let now = new Date("2026-02-05T13:01:00Z");
    const { store, calls } = countingStore(fx.day.store);
    const app = fx.app({ deps: { queries: { store, config: fx.config }, now: () => now } });
    const q = `/search?q=${encodeURIComponent("模型")}`;
    const full = await body(app, q);
    const partial = await body(app, `${q}&partial=1`);
    assert.ok(full.text.includes("<html") && !partial.text.includes("<html"));
    const searched = calls.searchDocuments;
    now = new Date("2026-02-05T13:09:59Z");
    assert.equal((await body(app, q)).text, full.text);
    assert.equal(calls.searchDocuments, searched, "same bucket: kept");
    now = new Date("2026-02-05T13:10:00Z");
    await body(app, q);
    assert.equal(calls.searchDocuments, searched + 1, "next bucket: searched again");
    assert.equal(bucketOf(now).toISOString(), "2026-02-05T13:10:00.000Z");
  });
});

describe("createPageCache", () => {
  test("drops the least recently used past its entry and size limits", async () => {
    const cache = createPageCache({ version: async () => "v1", maxEntries: 2, maxBytes: 10 });
    const keys = await Promise.all(["a", "b", "c"].map(async (p) => (await cache.begin([p])).key));
    const put = (key: string, text: string) =>
      cache.set(key, { body: text, status: 200, contentType: "text/plain" });
    put(keys[0]!, "aaa");
    put(keys[1]!, "bbb");
    assert.ok(cache.get(keys[0]!)); // a is now the most recent
    put(keys[2]!, "ccc");
    assert.equal(cache.get(keys[1]!), undefined, "b was the least recently used");
    assert.ok(cache.get(keys[0]!) && cache.get(keys[2]!));
    put(keys[1]!, "bbbbbbbbb");
    assert.ok(cache.stats().bytes <= 10);
    put(keys[0]!, "x".repeat(11));
    assert.equal(cache.get(keys[0]!), undefined, "larger than the whole cache: not kept");
  });

  test("the key and ETag change with the version and with every part", async () => {
    let version = "1";
    const cache = createPageCache({ version: async () => version });
    const a = await cache.begin(["/d/x", "", "anonymous"]);
    assert.deepEqual(await cache.begin(["/d/x", "", "anonymous"]), a);
    assert.notEqual((await cache.begin(["/d/x", "?lang=en", "anonymous"])).etag, a.etag);
    assert.notEqual((await cache.begin(["/d/x", "", "session:1"])).etag, a.etag);
    version = "2";
    assert.notEqual((await cache.begin(["/d/x", "", "anonymous"])).etag, a.etag);
    const restarted = createPageCache({ version: async () => "1" });
    assert.notEqual((await restarted.begin(["/d/x", "", "anonymous"])).etag, a.etag, "another process");
  });
});
