// A one-bullet entry about `article`, for unit tests of how a figure is read: whether every figure
// of the bullet's text is supported by the article.
import type { Entry } from "../../model/entry.ts";
import { verifyEntry } from "../verify-entry.ts";

export interface TestArticle {
  title: string;
  publisher: string;
  links: never[];
  text: string;
}

/** `holds(text)`: every figure of a 核心技术 bullet `text` is supported by `article`. */
export function figureHolds(
  article: TestArticle,
  head: { org: string; title: string; summary: string },
): (text: string) => boolean {
  const entry = (text: string): Entry => ({
    ...head,
    stars: 4,
    tags: ["AI"],
    core: { bullets: [{ text }] },
    results: { bullets: [] },
    insights: { bullets: [] },
    resources: [],
  });
  return (text) =>
    verifyEntry(entry(text), article)
      .claims.filter((c) => c.kind === "figure" && c.where.startsWith("core"))
      .every((c) => c.status === "supported");
}
