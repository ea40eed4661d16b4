import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseFeed } from "./parse-feed.ts";
import {
  CDATA,
  COMMENT,
  DOCTYPE,
  element,
  PROCESSING,
  removeSpans,
  SCRIPT,
  STYLE,
  TAG,
} from "./replace-spans.ts";

// Pieces the random texts are made of: openers and closers of every kind, alone and in near-miss
// spellings, with ordinary text between them.
const PIECES = [
  "<!--",
  "-->",
  "--",
  "<![CDATA[",
  "]]>",
  "]]",
  "<?",
  "?>",
  "<!DOCTYPE",
  "<!doctype x",
  "[",
  "]",
  "]  >",
  "<script>",
  "<SCRIPT a=1>",
  "</script>",
  "</script >",
  "<style>",
  "</STYLE>",
  "<item>",
  "<item a='1'>",
  "</item>",
  "<items>",
  "<",
  ">",
  "<a ",
  "文字",
  "x",
  " ",
  "\n",
];

function randomText(seed: number, length: number): string {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state;
  };
  let text = "";
  for (let i = 0; i < length; i++) text += PIECES[next() % PIECES.length];
  return text;
}

/** Milliseconds of the fastest of two runs. */
function timeOf(run: () => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 2; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe("removeSpans", () => {
  it("finds exactly the spans the lazy regexes found, on thousands of random texts", () => {
    const cases: [RegExp, Parameters<typeof removeSpans>[1]][] = [
      [/<!--[\s\S]*?-->/g, [COMMENT]],
      [/<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->/g, [CDATA, COMMENT]],
      [/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, [SCRIPT, STYLE]],
      [/<[^>]*>/g, [TAG]],
      [/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/gi, [PROCESSING, COMMENT, DOCTYPE]],
      [/<item\b[^>]*>[\s\S]*?<\/item\s*>/g, [element("item")]],
    ];
    for (let seed = 1; seed <= 3000; seed++) {
      const text = randomText(seed, 1 + (seed % 40));
      for (const [regex, kinds] of cases) {
        assert.equal(
          removeSpans(text, kinds),
          text.replace(regex, ""),
          `${regex} on ${JSON.stringify(text)}`,
        );
      }
    }
  });

  it("takes time linear in the text when no opener is ever closed", () => {
    for (const [name, kinds, piece] of [
      ["comments", [COMMENT], "<!--x"],
      ["CDATA and comments", [CDATA, COMMENT], "<![CDATA[x<!--"],
      ["scripts", [SCRIPT, STYLE], "<script>x<style>"],
      ["tags", [TAG], "<a "],
      ["a DOCTYPE's subset", [PROCESSING, COMMENT, DOCTYPE], "<!DOCTYPE [<?"],
      ["items", [element("item")], "<item>"],
    ] as const) {
      const text = piece.repeat(160_000);
      const ms = timeOf(() => removeSpans(text, kinds));
      // A linear pass: tens of milliseconds. The lazy regexes rescanned the rest from every opener:
      // minutes for these texts (0.5–2 MB).
      assert.ok(ms < 1000, `${name}: ${ms.toFixed(0)} ms for ${(text.length / 1024).toFixed(0)} KB`);
    }
  });
});

describe("parseFeed against feeds of unclosed constructs", () => {
  const rss = (inner: string) =>
    `<?xml version="1.0"?><rss version="2.0"><channel><title>星河周刊</title>${inner}`;
  const item = (title: string) =>
    `<item><title>${title}</title><link>https://xinghe.example/p/1</link><description>正文</description></item>`;
  // Each was seconds at 200 KB and grew with the square of its length (a 10 MB feed: hours).
  const shapes: Record<string, string> = {
    "a title of unclosed tags": `${rss(item("&lt;a ".repeat(40_000)))}</channel></rss>`,
    "a title of unclosed scripts": `${rss(item("&lt;script&gt;".repeat(40_000)))}</channel></rss>`,
    "a JSON Feed title of unclosed tags": JSON.stringify({
      version: "https://jsonfeed.org/version/1.1",
      title: "星河周刊",
      items: [{ id: "1", url: "https://xinghe.example/p/1", title: "<a ".repeat(60_000) }],
    }),
    "unclosed comments": rss("<!--".repeat(50_000)),
    "unclosed processing instructions": rss("<?".repeat(60_000)),
    "unclosed DOCTYPE subsets": rss("<!DOCTYPE [".repeat(20_000)),
    "unclosed items beside a <summary>": rss(`<summary>摘要</summary>${"<item>".repeat(40_000)}`),
    "a cut feed ending in unclosed CDATA": `${rss(item("完整的一条"))}${"<![CDATA[".repeat(30_000)}`,
    "unclosed <rss starts": `<rss ${"<rss ".repeat(40_000)}<item `,
  };
  for (const [name, text] of Object.entries(shapes)) {
    it(`${name}: read or refused in well under a second`, () => {
      const started = performance.now();
      try {
        parseFeed(text, { url: "https://xinghe.example/feed.xml", timeZone: "UTC" });
      } catch {
        // refused as malformed: what matters is how long it took to say so
      }
      const ms = performance.now() - started;
      assert.ok(ms < 1500, `${name}: ${ms.toFixed(0)} ms for ${(text.length / 1024).toFixed(0)} KB`);
    });
  }

  it("an ordinary title with markup is still read as its text", () => {
    const feed = parseFeed(
      `${rss(item("&lt;b&gt;星河&lt;/b&gt; 发布 &amp;lt;3 新版 &lt;a"))}</channel></rss>`,
      {
        url: "https://xinghe.example/feed.xml",
        timeZone: "UTC",
      },
    );
    assert.equal(feed.items[0]?.title, "星河 发布 <3 新版 <a");
  });
});
