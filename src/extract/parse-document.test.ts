import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PageTooComplexError } from "../errors.ts";
import { extractPage } from "./index.ts";
import {
  MAX_NESTING,
  MAX_NESTING_WORK,
  nestingExcess,
  parseDocument,
  stripScriptsAndStyles,
} from "./parse-document.ts";

const URL_ = "https://example.com/a";
const nested = (depth: number, open = "<div>", close = "</div>") =>
  `<html><body><article><p>${"正文第一段，讲述一次模型发布。".repeat(20)}</p>${open.repeat(depth)}深处的字${close.repeat(depth)}</article></body></html>`;

describe("stripScriptsAndStyles", () => {
  it("cuts scripts, styles and comments; one never closed runs to the end, as a browser reads it", () => {
    assert.equal(
      stripScriptsAndStyles(
        'a<script type="x">var s = "</p>";</SCRIPT >b<style>p{}</style>c<!-- <p>x</p> -->d<script>never closed <p>e</p>',
      ),
      "abcd",
    );
    assert.equal(stripScriptsAndStyles("a<!-- open comment <p>b</p>"), "a");
    assert.equal(
      stripScriptsAndStyles("<scripts>a</scripts><stylesheet>b"),
      "<scripts>a</scripts><stylesheet>b",
    );
  });

  it("is linear: 60,000 unclosed <script tags (a lazy regex rescans the page for each) take well under a second", () => {
    for (const unit of ["<script>x", "<!--x", "<style x"]) {
      const page = `<p>正文</p>${unit.repeat(60_000)}`;
      const started = performance.now();
      stripScriptsAndStyles(page);
      const ms = performance.now() - started;
      assert.ok(ms < 1_000, `${unit}: ${ms.toFixed(0)} ms`);
    }
  });
});

describe("parseDocument: nesting", () => {
  it("counts depth as the parser builds it: implied closes (<p><p>, <li><li>) are not nesting", () => {
    assert.equal(nestingExcess(nested(MAX_NESTING - 10)), undefined);
    assert.equal(nestingExcess(nested(MAX_NESTING + 1)), "depth");
    // 5,000 paragraphs never closed (legacy HTML) are siblings to the parser.
    assert.equal(nestingExcess(`<body>${"<p>段落".repeat(5_000)}</body>`), undefined);
    assert.equal(nestingExcess(`<ul>${"<li>项".repeat(5_000)}</ul>`), undefined);
    // A quoted attribute holding "<" or ">" does not hide a tag from the count.
    assert.equal(nestingExcess(nested(MAX_NESTING + 1, '<div title="<>">')), "depth");
    // Closing tags that close nothing do not lower the count.
    assert.equal(nestingExcess(nested(MAX_NESTING + 1, "<b></i>", "</b>")), "depth");
  });

  it("a page nested 100,000 deep is refused at once (the parser and Readability took minutes or overflowed the stack)", () => {
    for (const depth of [2_000, 100_000]) {
      const started = performance.now();
      assert.throws(
        () => extractPage(nested(depth), { url: URL_ }),
        (e: unknown) =>
          e instanceof PageTooComplexError &&
          e.measure === "depth" &&
          e.limit === MAX_NESTING &&
          e.url === URL_,
      );
      const ms = performance.now() - started;
      assert.ok(ms < 2_000, `depth ${depth}: ${ms.toFixed(0)} ms`);
    }
  });

  it("many branches each within the depth limit are refused by the work limit (130 KB of them took 13 s)", () => {
    const branch = `${"<div>".repeat(60)}深处${"</div>".repeat(60)}`;
    const html = `<html><body><article>${branch.repeat(200)}</article></body></html>`;
    assert.equal(nestingExcess(html), "work");
    const started = performance.now();
    assert.throws(
      () => extractPage(html, { url: URL_ }),
      (e: unknown) =>
        e instanceof PageTooComplexError && e.measure === "work" && e.limit === MAX_NESTING_WORK,
    );
    assert.ok(performance.now() - started < 2_000);
    // A large real article: 5,000 paragraphs a dozen levels deep is well inside the work limit.
    const large = `<html><body>${"<div>".repeat(8)}<article>${"<p><span>正文</span><a href=/x>链接</a></p>".repeat(5_000)}</article>${"</div>".repeat(8)}</body></html>`;
    assert.equal(nestingExcess(large), undefined);
  });

  it("a page within the limit is read whole", () => {
    const page = extractPage(nested(60, "<section>", "</section>"), { url: URL_ });
    assert.equal(page.kind, "article");
    assert.match(page.text, /深处的字/);
    assert.ok(parseDocument(nested(MAX_NESTING - 10)).body);
  });
});
