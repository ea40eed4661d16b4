import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, it } from "node:test";
import { FeedParseError, HttpError } from "../errors.ts";
import { createHttp } from "../http/index.ts";
import type { Source } from "../model/index.ts";
import { sourceAdapters } from "./index.ts";

const ETAG = '"feed-v1"';
const fixture = (name: string) => readFileSync(new URL(`testdata/${name}`, import.meta.url));
let server: Server;
let base = "";

before(async () => {
  server = createServer((req, res) => {
    if (req.url === "/wechat.xml") {
      if (req.headers["if-none-match"] === ETAG) return res.writeHead(304).end();
      return res
        .writeHead(200, { "content-type": "application/rss+xml; charset=utf-8", etag: ETAG })
        .end(fixture("wechat-bridge.xml"));
    }
    if (req.url === "/gbk.xml")
      return res.writeHead(200, { "content-type": "text/xml" }).end(fixture("gbk.xml"));
    if (req.url === "/moved") return res.writeHead(301, { location: "/wechat.xml" }).end();
    if (req.url === "/login")
      return res.writeHead(200, { "content-type": "text/html" }).end(fixture("not-a-feed.html"));
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

const source = (path: string): Source => ({
  id: "s",
  name: "机器之心",
  url: `${base}${path}`,
  order: 0,
  enabled: true,
});
const ctx = () => ({
  http: createHttp({ retries: 0, allowPrivate: [new URL(base).host] }), // exactly the test server's port
  timeZone: "Asia/Shanghai",
  now: new Date("2026-02-04T12:00:00Z"),
});

it("collects a feed, then answers not-modified with the stored ETag", async () => {
  const adapter = sourceAdapters.feed!;
  const first = await adapter.collect(source("/wechat.xml"), ctx());
  assert.equal(first.status, "ok");
  if (first.status !== "ok") return;
  assert.equal(first.etag, ETAG);
  assert.equal(first.feed.items.length, 4);
  const state = { sourceId: "s", etag: first.etag, consecutiveFailures: 0, itemsSeen: 4 };
  assert.deepEqual(await adapter.collect(source("/wechat.xml"), { ...ctx(), state }), {
    status: "not-modified",
  });
});

it("decodes a GBK feed declared in the XML prolog and resolves links after redirects", async () => {
  const gbk = await sourceAdapters.feed!.collect(source("/gbk.xml"), ctx());
  assert.equal(gbk.status === "ok" && gbk.feed.items[0]?.title, "国产大模型登顶评测榜单");
  const moved = await sourceAdapters.feed!.collect(source("/moved"), ctx());
  assert.equal(moved.status === "ok" && moved.feed.items[2]?.url, `${base}/s/relative-article`);
});

it("surfaces HttpError and FeedParseError naming the source", async () => {
  await assert.rejects(sourceAdapters.feed!.collect(source("/gone"), ctx()), HttpError);
  await assert.rejects(sourceAdapters.feed!.collect(source("/login"), ctx()), (e: unknown) => {
    return e instanceof FeedParseError && /机器之心/.test(e.message) && /HTML page/.test(e.message);
  });
});
