import assert from "node:assert/strict";
import { after, before, it } from "node:test";
import { normaliseTitle } from "../dedup/normalise-text.ts";
import { createHttp, decodeBody } from "../http/index.ts";
import { startTestServer, type TestServer } from "../http/test-server.ts";
import { extractPage } from "./index.ts";

// A page whose title holds a run of 50,000 white-space characters (in <title>, og:title, a WeChat
// page's og:title): Readability's title rules, the site-name trim and dedup's title normalising
// each matched `\s+` before a separator from every character of the run — 3–6 s to extract and
// 7–10 s to normalise at 20,000, growing with the square. Served by a real server on 127.0.0.1.
const run = " \n\t".repeat(17_000);
const body = `<p>${"星河实验室今天发布了新一代语音模型，推理成本降低了三成。".repeat(20)}</p>`;
const PAGES: Record<string, string> = {
  "/title": `<html><head><title>星河实验室${run}发布新模型</title></head><body><article>${body}</article></body></html>`,
  "/og": `<html><head><title></title><meta property="og:title" content="星河实验室${run}发布新模型"></head><body><article>${body}</article></body></html>`,
  "/s/wechat": `<html><head><meta property="og:title" content="星河实验室${run}发布新模型"></head><body><div id="js_content">${body}</div></body></html>`,
  "/site": `<html><head><title>星河实验室发布新模型${run}-${run}星河周刊</title><meta property="og:site_name" content="星河周刊"></head><body><article>${body}</article></body></html>`,
};

let server: TestServer;
before(async () => {
  server = await startTestServer((req, res) => {
    const page = PAGES[req.url ?? ""];
    if (!page) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
  });
});
after(() => server.close());

for (const path of Object.keys(PAGES)) {
  it(`${path}: a title of a 50,000-character white-space run is read as one line, quickly`, async () => {
    const http = createHttp({ retries: 0, allowPrivate: [new URL(server.url).host] });
    try {
      const response = await http.get(`${server.url}${path}`);
      // The WeChat extractor is chosen by the host: read the page as if it came from there.
      const url = path.startsWith("/s/") ? "https://mp.weixin.qq.com/s/wechat" : response.url;
      const started = performance.now();
      const page = extractPage(decodeBody(response.body, response.contentType).text, {
        url,
        timeZone: "UTC",
      });
      const title = page.title ?? "";
      const normalised = normaliseTitle(title);
      const seconds = (performance.now() - started) / 1000;
      assert.ok(seconds < 3, `${path}: ${seconds.toFixed(1)} s`);
      assert.ok(!/\s\s/.test(title), `${path}: one line (${title.length} characters)`);
      assert.match(normalised, /^星河实验室 发布新模型|^星河实验室发布新模型/);
    } finally {
      http.close();
    }
  });
}

it("ordinary titles are normalised as before", () => {
  assert.equal(normaliseTitle("【快讯】星河实验室发布 Nova-2 | 星河周刊"), "星河实验室发布 nova-2");
  assert.equal(normaliseTitle("Nova-2 released - Xinghe"), "nova-2 released");
  // The one change: a run of spaces is one space (tokens are split on white space anyway).
  assert.equal(normaliseTitle("重磅！星河  Nova-2   上线"), "!星河 nova-2 上线");
});
