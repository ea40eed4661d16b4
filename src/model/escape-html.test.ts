import assert from "node:assert/strict";
import { test } from "node:test";
import { parseHTML } from "linkedom";
import { escapeHtml, escapeHtmlAttribute, escapeHtmlText } from "./escape-html.ts";

const HOSTILE = `Tom's "quote" <img src=x onerror=alert(1)> & &amp; </p><script>x</script>`;

function parse(html: string): Document {
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

test("text context: & < > become entities, quotes stay; a parser reads the text back unchanged", () => {
  assert.equal(escapeHtmlText(`a<b>&"c'`), `a&lt;b&gt;&amp;"c'`);
  const doc = parse(`<p id="t">${escapeHtmlText(HOSTILE)}</p>`);
  const p = doc.getElementById("t")!;
  assert.equal(p.textContent, HOSTILE);
  assert.equal(p.children.length, 0);
});

test("attribute context: a double-quoted value cannot be left; text-only escaping could", () => {
  assert.equal(escapeHtmlAttribute(`a<b>&"c'`), `a&lt;b&gt;&amp;&quot;c'`);
  const safe = parse(`<a id="a" title="${escapeHtmlAttribute(HOSTILE)}">x</a>`).getElementById("a")!;
  assert.equal(safe.getAttribute("title"), HOSTILE);
  assert.equal(safe.attributes.length, 2);
  // The same value escaped for text only ends the attribute at its first quote.
  const broken = parse(`<a id="a" title="${escapeHtmlText(HOSTILE)}">x</a>`).getElementById("a")!;
  assert.notEqual(broken.getAttribute("title"), HOSTILE);
});

test("any context: single-quoted attributes too", () => {
  assert.equal(escapeHtml(`a<b>&"c'`), `a&lt;b&gt;&amp;&quot;c&#39;`);
  const el = parse(`<a id='a' title='${escapeHtml(HOSTILE)}'>x</a>`).getElementById("a")!;
  assert.equal(el.getAttribute("title"), HOSTILE);
  const broken = parse(`<a id='a' title='${escapeHtmlAttribute(HOSTILE)}'>x</a>`).getElementById("a")!;
  assert.notEqual(broken.getAttribute("title"), HOSTILE);
});
