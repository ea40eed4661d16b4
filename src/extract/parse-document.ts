// The one DOM parse of a page (linkedom: fast, no layout). Script and style bodies are cut out of
// the string first: they are never content and on WeChat pages they are most of the 3 MB.
import { parseHTML } from "linkedom";

const SCRIPT_OR_STYLE = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?-->/g;

export function stripScriptsAndStyles(html: string): string {
  return html.replace(SCRIPT_OR_STYLE, "").replace(COMMENT, "");
}

/**
 * Parses a page (or a fragment) into a document whose <base href> is `baseUrl` unless the page
 * declares its own, so relative links resolve the way the browser would resolve them.
 */
export function parseDocument(html: string, baseUrl?: string): Document {
  let source = stripScriptsAndStyles(html);
  // linkedom needs a whole document; wrap fragments the way a browser would.
  if (!/<html[\s>]/i.test(source)) {
    source = /<body[\s>]/i.test(source)
      ? `<!DOCTYPE html><html>${source}</html>`
      : `<!DOCTYPE html><html><head></head><body>${source}</body></html>`;
  }
  const { document } = parseHTML(source) as unknown as { document: Document };
  if (baseUrl && !document.querySelector("base[href]")) {
    const head = document.head ?? document.documentElement;
    const base = document.createElement("base");
    base.setAttribute("href", baseUrl);
    head?.insertBefore(base, head.firstChild);
  }
  return document;
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
