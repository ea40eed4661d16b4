/** Resolves a possibly relative URL against a base; undefined when neither makes a valid URL. */
export function resolveUrl(href: string | undefined, base: string | undefined): string | undefined {
  const trimmed = href?.trim();
  if (!trimmed) return undefined;
  try {
    return new URL(trimmed, base || undefined).href;
  } catch {
    return undefined;
  }
}

/** A base for children: `xmlBase` resolved against the parent's base. */
export function childBase(parent: string | undefined, xmlBase: string | undefined): string | undefined {
  return resolveUrl(xmlBase, parent) ?? parent;
}

/** Makes href/src attributes in an HTML fragment absolute (feeds' relative links break elsewhere). */
export function resolveHtmlLinks(html: string, base: string | undefined): string {
  if (!base) return html;
  return html.replace(
    /(\s(?:href|src)\s*=\s*)(["'])(.*?)\2/gi,
    (whole, prefix: string, quote: string, value: string) => {
      if (/^(?:[a-z][a-z0-9+.-]*:|#|\/\/)/i.test(value) && !/^\/\//.test(value)) return whole;
      let resolved = resolveUrl(value.replace(/&amp;/g, "&"), base);
      // Keep IRIs readable: undo the percent-encoding URL applied to non-ASCII characters.
      if (resolved && /[^\x00-\x7f]/.test(value)) resolved = safeDecodeUri(resolved);
      return resolved ? `${prefix}${quote}${resolved.replace(/&/g, "&amp;")}${quote}` : whole;
    },
  );
}

/** True for http(s) URLs (guids are often URNs or bare ids, not links). */
export function isHttpUrl(value: string | undefined): value is string {
  return !!value && /^https?:\/\//i.test(value.trim());
}

function safeDecodeUri(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
