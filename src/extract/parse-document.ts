// The one DOM parse of a page (linkedom: fast, no layout). Script and style bodies are cut out of
// the string first: they are never content and on WeChat pages they are most of the 3 MB.
import { Parser } from "htmlparser2";
import { parseHTML } from "linkedom";
import { PageTooComplexError } from "../errors.ts";
import { collapseSpaces } from "./collapse-spaces.ts";

/**
 * Deepest element nesting a page may have. Real pages stay under ~60 levels (WeChat's nested
 * <section>s included); the parser's open-element stack costs the square of the depth.
 */
export const MAX_NESTING = 256;

/**
 * Element-ancestor links (the sum of every element's depth) a page may have. Readability's time
 * follows this sum at ~10–25 µs a link (it walks each candidate's ancestors and re-reads subtrees),
 * so the limit bounds one page to a few seconds; a large real article (5,000 paragraphs a dozen
 * levels deep) has ~100,000.
 */
export const MAX_NESTING_WORK = 400_000;

/** Where a script/style element or a comment starts; its end is found by a forward search (linear). */
const RAW_START = /<(script|style)\b|<!--/gi;
const RAW_END = { script: /<\/script\s*>/gi, style: /<\/style\s*>/gi, comment: /-->/g };

/**
 * Cuts script and style elements and comments out of the markup, in one forward pass: one that is
 * never closed runs to the end of the document (as a browser reads it). Linear in the length of the
 * page whatever it holds (a lazy `[\s\S]*?` regex rescans the rest of the page for every unclosed
 * `<script`, quadratic time on a page of them).
 */
export function stripScriptsAndStyles(html: string): string {
  const parts: string[] = [];
  let from = 0;
  RAW_START.lastIndex = 0;
  for (let m = RAW_START.exec(html); m; m = RAW_START.exec(html)) {
    const kind = m[1] ? (m[1].toLowerCase() as "script" | "style") : "comment";
    const bodyAt = kind === "comment" ? m.index + 4 : html.indexOf(">", m.index);
    const end = RAW_END[kind];
    end.lastIndex = bodyAt < 0 ? html.length : bodyAt;
    const close = bodyAt < 0 ? null : end.exec(html);
    parts.push(html.slice(from, m.index));
    from = close ? close.index + close[0].length : html.length;
    RAW_START.lastIndex = from;
  }
  parts.push(html.slice(from));
  return parts.join("");
}

class Refused extends Error {
  constructor(readonly measure: "depth" | "work") {
    super(measure);
  }
}

/**
 * What would make the document the parser builds from `html` too costly to parse: elements nested
 * deeper than `limits.depth`, or more element-ancestor links than `limits.work`. Counted with the
 * parser linkedom uses (htmlparser2, same options: implied closes, void elements, quoted attributes
 * as it reads them), stopping at the first element past a limit, so a page of a million nested tags
 * costs no more than its first few hundred.
 */
export function nestingExcess(
  html: string,
  limits: { depth: number; work: number } = { depth: MAX_NESTING, work: MAX_NESTING_WORK },
): "depth" | "work" | undefined {
  let depth = 0;
  let work = 0;
  const parser = new Parser(
    {
      onopentag() {
        depth++;
        work += depth;
        if (depth > limits.depth) throw new Refused("depth");
        if (work > limits.work) throw new Refused("work");
      },
      onclosetag() {
        depth--;
      },
    },
    { lowerCaseAttributeNames: false, decodeEntities: true, xmlMode: false },
  );
  try {
    parser.write(html);
    parser.end();
    return undefined;
  } catch (error) {
    if (error instanceof Refused) return error.measure;
    throw error;
  }
}

/**
 * Parses a page (or a fragment) into a document whose <base href> is `baseUrl` unless the page
 * declares its own, so relative links resolve the way the browser would resolve them. A page nested
 * too costly to parse (nestingExcess) is refused (PageTooComplexError) before linkedom sees it.
 */
export function parseDocument(html: string, baseUrl?: string): Document {
  let source = collapseSpaces(stripScriptsAndStyles(html));
  // linkedom needs a whole document; wrap fragments the way a browser would.
  if (!/<html[\s>]/i.test(source)) {
    source = /<body[\s>]/i.test(source)
      ? `<!DOCTYPE html><html>${source}</html>`
      : `<!DOCTYPE html><html><head></head><body>${source}</body></html>`;
  }
  const excess = nestingExcess(source);
  if (excess)
    throw new PageTooComplexError(baseUrl, excess, excess === "depth" ? MAX_NESTING : MAX_NESTING_WORK);
  const { document } = parseHTML(source) as unknown as { document: Document };
  // The parser makes a text node of every entity (`a&amp;b` is three): merged, a page of 100,000
  // `&amp;` is one node for Readability to read instead of 100,000.
  document.documentElement?.normalize();
  if (baseUrl && !document.querySelector("base[href]")) {
    const head = document.head ?? document.documentElement;
    const base = document.createElement("base");
    base.setAttribute("href", baseUrl);
    head?.insertBefore(base, head.firstChild);
  }
  collapseTitleWhitespace(document);
  return document;
}

/**
 * A title is one line: the <title> text and every <meta content> (og:title, og:site_name, author …)
 * get their white-space runs collapsed to one space. Title handling (Readability's, a site-name
 * trim, dedup's title normalising) matches `\s+` before a separator: a run of 20,000 spaces in a
 * title cost seconds at each step, growing with the square of the run.
 */
function collapseTitleWhitespace(document: Document): void {
  for (const title of Array.from(document.querySelectorAll("title"))) {
    const text = title.textContent ?? "";
    if (/\s\s/.test(text)) title.textContent = text.replace(/\s+/g, " ");
  }
  for (const meta of Array.from(document.querySelectorAll("meta[content]"))) {
    const content = meta.getAttribute("content") ?? "";
    if (/\s\s/.test(content)) meta.setAttribute("content", content.replace(/\s+/g, " "));
  }
}

/** The base every relative URL of the document resolves against. */
export function documentBase(doc: Document, pageUrl: string | undefined): string | undefined {
  const declared = doc.querySelector("base[href]")?.getAttribute("href") ?? undefined;
  if (!declared) return pageUrl;
  try {
    return new URL(declared, pageUrl).href;
  } catch {
    return pageUrl;
  }
}

/** An absolute http(s) URL, or undefined for javascript:, data:, fragments and garbage. */
export function resolveUrl(href: string | null | undefined, base: string | undefined): string | undefined {
  const value = href?.trim();
  if (!value || value.startsWith("#")) return undefined;
  try {
    const url = new URL(value.replace(/&amp;/g, "&"), base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** content of the first matching <meta> (by name or property). */
export function metaContent(doc: Document, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
    const value = el?.getAttribute("content")?.trim();
    if (value) return value;
  }
  return undefined;
}
