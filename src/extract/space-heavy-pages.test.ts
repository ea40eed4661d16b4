import assert from "node:assert/strict";
import { after, before, it } from "node:test";
import { createHttp, decodeBody } from "../http/index.ts";
import { startTestServer, type TestServer } from "../http/test-server.ts";
import { extractPage } from "./index.ts";
import { parseDocument } from "./parse-document.ts";

// Pages of white space the DOM must write back as entities: a paragraph of 1 MB of `&nbsp;` (or
// `&#160;`, `&#xA0;`, the character itself, or no-break spaces between words). Readability serialises
// the page several times and each no-break space was its own text node: 100 KB took 2–4 s, 1.6 MB
// 14 s, growing with the page (10 MB: minutes). Served by a real server on 127.0.0.1.
const MB = 1024 * 1024;
const lead = `<p>${"星河实验室今天发布了新一代语音模型，推理成本降低了三成。".repeat(20)}</p>`;
const page = (filler: string) =>
  `<html><head><title>星河实验室发布新模型</title></head><body><article>${lead}` +
  `<p>开头${filler.repeat(Math.floor(MB / filler.length))}结尾</p>${lead}</article></body></html>`;
const PAGES: Record<string, string> = {
  "/nbsp": page("&nbsp;"),
  "/decimal": page("&#160;"),
  "/hex": page("&#xA0;"),
  "/char": page("\u00a0\n"),
  "/words": page("字&nbsp;&nbsp;"),
};

let server: TestServer;
before(async () => {
  server = await startTestServer((req, res) => {
    const body = PAGES[req.url ?? ""];
    if (!body) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body);
  });
});
after(() => server.close());

for (const path of Object.keys(PAGES)) {
  it(`${path}: 1 MB of no-break spaces in one paragraph extracts in seconds, its text unchanged`, async () => {
    const http = createHttp({ retries: 0, allowPrivate: [new URL(server.url).host] });
    try {
      const response = await http.get(`${server.url}${path}`);
      const started = performance.now();
      const extracted = extractPage(decodeBody(response.body, response.contentType).text, {
        url: response.url,
        timeZone: "UTC",
      });
      const seconds = (performance.now() - started) / 1000;
      // About 0.1–0.3 s on an idle machine; the old code took 8–14 s for these pages.
      assert.ok(seconds < 4, `${path}: ${seconds.toFixed(1)} s`);
      assert.equal(extracted.title, "星河实验室发布新模型");
      const text = extracted.text ?? "";
      assert.ok(!/[ \u00a0]{2}/.test(text), "runs read as one space");
      // The page of words is cut where the article text is capped; the others end as written.
      if (path === "/words") assert.ok(text.includes("开头字 字 字 "));
      else assert.ok(text.includes("开头 结尾"), text.slice(0, 80));
    } finally {
      http.close();
    }
  });
}

it("the text between entities is one text node (`a&amp;&amp;b` was four)", () => {
  const doc = parseDocument(`<p>a${"&amp;&lt;".repeat(1000)}b</p>`);
  const p = doc.querySelector("p")!;
  assert.equal(p.childNodes.length, 1);
  assert.equal(p.textContent, `a${"&<".repeat(1000)}b`);
});
