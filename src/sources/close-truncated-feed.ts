// A feed body cut short (a size cap, a dropped connection, a server that stops writing) still holds
// every item before the cut. Rather than lose the whole feed, keep the complete items and close the
// document the way its root says it should end.

/**
 * Cuts an RSS, RDF or Atom document after its last complete item/entry and appends the missing end
 * tags. Returns undefined when the document is not one of those or holds no complete item. Only meant
 * as a second attempt after a failed parse: a well-formed feed is never passed through it.
 */
export function closeTruncatedFeed(source: string): string | undefined {
  const root = /<(rss|rdf:RDF|feed)[\s>]/.exec(source);
  if (!root) return undefined;
  const itemEnd = root[1] === "feed" ? "</entry>" : "</item>";
  const cut = source.lastIndexOf(itemEnd);
  if (cut < 0) return undefined;
  const head = source.slice(0, cut + itemEnd.length);
  switch (root[1]) {
    case "rss":
      return `${head}${/<channel[\s>]/.test(head) ? "</channel>" : ""}</rss>`;
    case "rdf:RDF":
      return `${head}</rdf:RDF>`;
    default:
      return `${head}</feed>`;
  }
}
