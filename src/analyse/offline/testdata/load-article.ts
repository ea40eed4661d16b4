import { readFileSync } from "node:fs";
import type { Article, ArticleLink } from "../../../model/index.ts";

/**
 * Reads a test article: header lines ("title: …", "account: …", "link: text | href"), a line
 * "---", then the body text with paragraphs separated by blank lines.
 */
export function loadArticle(path: string): Article {
  const raw = readFileSync(path, "utf8");
  const split = raw.indexOf("\n---\n");
  const header = raw.slice(0, split).split("\n");
  const text = raw.slice(split + 5).trim();
  const links: ArticleLink[] = [];
  let title = "";
  let account: string | undefined;
  for (const line of header) {
    const [key, ...rest] = line.split(": ");
    const value = rest.join(": ").trim();
    if (key === "title") title = value;
    if (key === "account") account = value;
    if (key === "link:" || key === "link") {
      const [linkText, href] = value.split("|").map((s) => s.trim());
      links.push({ text: linkText ?? "", href: href ?? "" });
    }
  }
  return {
    sourceId: "test",
    url: `https://example.com/${encodeURIComponent(title)}`,
    originalUrl: `https://example.com/${encodeURIComponent(title)}`,
    title,
    ...(account ? { account } : {}),
    publishedAt: "2026-02-04T11:00:00Z",
    firstSeenAt: "2026-02-04T11:00:00Z",
    contentHash: "0",
    text,
    html: "",
    links,
    status: "ok",
  };
}
