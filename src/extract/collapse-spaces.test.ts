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
  // Not a no-break space: an escaped ampersand, an upper-case name, an unknown name.
  const kept = "<p>&amp;nbsp; &NBSP; &nbsx;</p>";
  assert.equal(collapseSpaces(kept), kept);
  // Another number is another character (decode-references.ts), never a space.
  assert.equal(collapseSpaces("<p>&#1601; &#xa01;</p>"), "<p>\u0641 \u0a01</p>");
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

test("a quoted attribute value may hold `>` and `<`: the rest of the tag is not read as text", () => {
  const html = `<img alt="1 > 0" src="a  b.png"><a title='x >  y' href="/p?q=a  b">k  l</a><p data-x="<i>  j">m  n</p>`;
  assert.equal(
    collapseSpaces(html),
    `<img alt="1 > 0" src="a  b.png"><a title='x >  y' href="/p?q=a  b">k l</a><p data-x="<i>  j">m n</p>`,
  );
  // A quote not opened after `=` quotes nothing; one never closed quotes nothing either.
  assert.equal(collapseSpaces(`<p>it's  a "b  c</p>`), `<p>it's a "b c</p>`);
  assert.equal(collapseSpaces(`<img alt="1 > 0  src=x>a  b`), `<img alt="1 > 0 src=x>a b`);
  const attrs = (page: string) => {
    const { document } = parseHTML(page) as unknown as { document: Document };
    return Array.from(document.querySelectorAll("img, a, p")).map((e) =>
      e.outerHTML.replace(/>[^<]*</g, "><"),
    );
  };
  assert.deepEqual(attrs(collapseSpaces(html)), attrs(html));
});

test("character references that cannot be markup become their characters; the text reads the same", () => {
  assert.equal(
    collapseSpaces("<p>a&#8203;b&thinsp;c&#12288;d&#x200B;&ZeroWidthSpace;e&zwj;f&hellip;</p>"),
    "<p>a\u200bb\u2009c\u3000d\u200b\u200be\u200df\u2026</p>",
  );
  // Never markup: &lt; &gt; &amp; &quot; and their numbers stay as written, as do unknown names and
  // references without `;` (the parser's legacy rules), controls and surrogates.
  const kept =
    "<p>&lt;b&gt; &#60;i&#62; &#x3C;s&#x3e; &amp;lt; &quot; &#39; &#128; &#xD800; &copy &unknownname;</p>";
  assert.equal(collapseSpaces(kept), kept);
  for (const page of [
    "<p>星河&#8203;实验室&thinsp;发布&#12288;&#12288;Nova&#x2009;2&ZeroWidthSpace;模型&lt;b&gt;&#60;</p>",
    "<p>a&#x1F600;b&#128512;c&emsp;&ensp;d&shy;e&NoBreak;f&lrm;g</p><pre>&#8203;  x</pre>",
  ])
    assert.equal(textOf(collapseSpaces(page)), textOf(page));
  // A zero-width space is no white space: the text drops it (as before), joining its neighbours; a
  // thin or ideographic space reads as one space.
  const body = (p: string) => `<html><body>${p}</body></html>`;
  assert.equal(textOf(body(collapseSpaces("<p>a&#8203;b&thinsp;c&#12288;&#12288;d</p>"))), "ab c d");
});

test("a paragraph of references reaches the parser as one text node, not one per reference", () => {
  for (const ref of ["&#8203;", "&ZeroWidthSpace;", "&thinsp;", "&#12288;", "&#x200B;", "&emsp;"]) {
    const { document } = parseHTML(`<html><body><p>a${ref.repeat(500)}b</p></body></html>`) as unknown as {
      document: Document;
    };
    const before = document.querySelector("p")!.childNodes.length;
    const after = parseHTML(
      collapseSpaces(`<html><body><p>a${ref.repeat(500)}b</p></body></html>`),
    ) as unknown as {
      document: Document;
    };
    assert.ok(before > 100, `${ref}: the parser makes a node per reference (${before})`);
    assert.equal(after.document.querySelector("p")!.childNodes.length, 1, ref);
  }
});

test("linear with quotes: unclosed, alternating and nested quote marks in tags", () => {
  for (const html of [
    `<a x="`.repeat(170_000),
    `<a x='"`.repeat(150_000),
    `<a x="1>  `.repeat(100_000),
    `<a x="<a y='`.repeat(80_000),
    `${`<a x=" y`.repeat(120_000)}"`,
    "&#8203;".repeat(150_000),
  ]) {
    const started = performance.now();
    collapseSpaces(html);
    const seconds = (performance.now() - started) / 1000;
    assert.ok(seconds < 5, `${html.slice(0, 12)}…: ${seconds.toFixed(2)} s`);
  }
});
