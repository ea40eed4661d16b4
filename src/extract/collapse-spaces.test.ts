import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { parseHTML } from "linkedom";
import { collapseSpaces } from "./collapse-spaces.ts";
import { elementToText } from "./element-to-text.ts";
import { stripScriptsAndStyles } from "./parse-document.ts";

/** The text a page reads as, parsed as written (no collapsing). */
function textOf(html: string): string {
  const { document } = parseHTML(html) as unknown as { document: Document };
  return elementToText(document.body);
}

test("every way of writing a no-break space, and white-space runs, become one space in text", () => {
  assert.equal(
    collapseSpaces("<p>a&nbsp;&nbsp;b&#160;c&#xA0;&#x00a0;d\u00a0 \n\te&NonBreakingSpace;f&nbspg</p>"),
    "<p>a b c d e f g</p>",
  );
  // Not a no-break space: another number, another entity, an escaped ampersand, an upper-case name.
  const kept = "<p>&#1601; &#xa01; &amp;nbsp; &NBSP; &nbsx;</p>";
  assert.equal(collapseSpaces(kept), kept);
});

test("tags, attributes and preformatted elements are copied as written", () => {
  const html =
    '<a title="a&nbsp;&nbsp;b  c" href="/x?a=1&nbsp=2">x\u00a0\u00a0y</a>' +
    "<pre>  indented&nbsp;&nbsp;code\n\n  more</pre><PRE class=x>\u00a0\u00a0k</pre >" +
    "<textarea>  t  </textarea><p>  p  </p>";
  assert.equal(
    collapseSpaces(html),
    '<a title="a&nbsp;&nbsp;b  c" href="/x?a=1&nbsp=2">x y</a>' +
      "<pre>  indented&nbsp;&nbsp;code\n\n  more</pre><PRE class=x>\u00a0\u00a0k</pre >" +
      "<textarea>  t  </textarea><p> p </p>",
  );
  // A `<` with no `>` before the next `<` is text (the parser reads the same text either way); an
  // unclosed preformatted element keeps the rest as written.
  assert.equal(collapseSpaces("<p>a  b</p>x <  y<i>z</i>"), "<p>a b</p>x < y<i>z</i>");
  assert.equal(collapseSpaces("a  b<pre>  c  "), "a b<pre>  c  ");
});

test("the text a page reads as does not change (real pages and white-space shapes)", () => {
  const pages = ["blog-article.html", "hidden-tricks.html", "wechat-article.html"].map((name) =>
    stripScriptsAndStyles(readFileSync(new URL(`./testdata/${name}`, import.meta.url), "utf8")),
  );
  pages.push(
    "<p>星河&nbsp;实验室&nbsp;&nbsp; 发布 <b>Nova&#160;2</b>&#xa0;模型\n\n</p><ul>\n <li>一</li>\n\t<li>二&nbsp;</li></ul>",
    "<div>价格&nbsp;&nbsp;&nbsp;100&nbsp;元</div><pre>  a\u00a0\u00a0b\n    c</pre><p>x <code>y  z</code></p>",
    "<h2>标题&nbsp;</h2>\n\n\n<p>\u00a0\u00a0正文\u00a0第一段。</p><p>\n  第二段 &amp;&nbsp;&lt;完&gt;\n</p>",
  );
  for (const page of pages) assert.equal(textOf(collapseSpaces(page)), textOf(page));
});

test("linear: 1 MB of white space, unclosed openers, preformatted starts or tiny tags in seconds", () => {
  // Generous for a loaded machine (about 0.05 s each when idle); a rescan per opener would be hours.
  for (const html of [
    "&nbsp;".repeat(170_000),
    "<".repeat(1_000_000),
    "<pre>".repeat(200_000),
    "<pre>  </pre>".repeat(80_000),
    "< a".repeat(330_000),
    "a <b>&nbsp;</b>".repeat(70_000),
  ]) {
    const started = performance.now();
    collapseSpaces(html);
    const seconds = (performance.now() - started) / 1000;
    assert.ok(seconds < 5, `${html.slice(0, 12)}…: ${seconds.toFixed(2)} s`);
  }
});
