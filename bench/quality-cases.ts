// The labelled cases of the quality bench: the demo day's pages with demo-labels.json, and the
// articles of our own in bench/quality-set/articles (a header of labels, then the text).
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { extractPage, pageFromFeedItem } from "../src/extract/index.ts";
import type { Article } from "../src/model/index.ts";
import { parseFeed } from "../src/sources/index.ts";

export interface Labels {
  kind: string;
  news: string[];
  actor: string[];
  figures: string[];
  stars: [number, number];
  feedOnly?: boolean;
  /** The feed text is itself a deletion / violation / verification notice. */
  notice?: boolean;
  /** What the article is about (a product, model, method): the summary names one of these. */
  subject?: string[];
  /** Links the article carries that are promotion (newsletter, 交流群, share): never in 相关资源. */
  adlinks?: string[];
  /** Fragments of a limit or caution the article states: one reaches 独家洞察. */
  insight?: string[];
  /** Fragments of the article's finding or core claim: the summary states one (written for v10). */
  finding?: string[];
}

export interface Case {
  id: string;
  labels: Labels;
  article: Article;
}

const SET = new URL("./quality-set/", import.meta.url);
const DEMO = new URL("../demo/2026-02-04/", import.meta.url);

export function loadDemoCases(): Case[] {
  const labels = JSON.parse(readFileSync(new URL("demo-labels.json", SET), "utf8")) as Record<string, Labels>;
  const manifest = JSON.parse(readFileSync(new URL("manifest.json", DEMO), "utf8")) as {
    timeZone: string;
    sources: { id: string; name: string; feed: string }[];
    items: { slug: string; source: string; title: string; url: string; page: string; kind: string }[];
  };
  const feeds = new Map(
    manifest.sources.map((s) => [
      s.id,
      parseFeed(readFileSync(new URL(s.feed, DEMO), "utf8"), {
        url: "https://example.com/feed",
        timeZone: "UTC",
      }),
    ]),
  );
  return manifest.items.map((item) => {
    const page = extractPage(readFileSync(new URL(item.page, DEMO), "utf8"), { url: item.url });
    const feedItem = feeds.get(item.source)!.items.find((i) => i.url === item.url)!;
    const source = manifest.sources.find((s) => s.id === item.source)!;
    let status: Article["status"] = "ok";
    let read = page;
    // As the pipeline does: a page that is not an article leaves the feed's own content, and the
    // feed's text may itself be a notice.
    if (page.kind !== "article") {
      read = pageFromFeedItem(feedItem);
      const unread = (kind: typeof page.kind) => kind === "verification" || kind === "unavailable";
      const fromFeed = read.kind === "article" ? "feed-only" : unread(read.kind) ? "failed" : read.kind;
      status = unread(page.kind) ? fromFeed : page.kind;
    }
    const article = toArticle(item.slug, item.title, read.account ?? source.name, read.text, status);
    article.links = read.links;
    article.html = read.html;
    // The deleted page's feed text is what the notice label is about: it must be recognised too.
    if (item.kind === "deleted") {
      const fromFeed = pageFromFeedItem(feedItem);
      article.status =
        fromFeed.kind === "article"
          ? "feed-only"
          : fromFeed.kind === "verification" || fromFeed.kind === "unavailable"
            ? "failed"
            : fromFeed.kind;
    }
    return { id: `demo/${item.slug}`, labels: labels[item.slug]!, article };
  });
}

export function loadOwnCases(): Case[] {
  const dir = new URL("articles/", SET);
  return readdirSync(fileURLToPath(dir))
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((file) => {
      const raw = readFileSync(new URL(file, dir), "utf8");
      const split = raw.indexOf("\n---\n");
      const header = new Map<string, string[]>();
      for (const line of raw.slice(0, split).split("\n")) {
        const at = line.indexOf(":");
        const key = line.slice(0, at).trim();
        header.set(key, [...(header.get(key) ?? []), line.slice(at + 1).trim()]);
      }
      const one = (k: string) => header.get(k)?.[0] ?? "";
      const list = (k: string) =>
        (header.get(k) ?? []).flatMap((v) => v.split("|").map((s) => s.trim())).filter((s) => s.length > 0);
      const text = raw.slice(split + 5).trim();
      const [lo, hi] = one("stars").split("-").map(Number);
      const labels: Labels = {
        kind: one("kind"),
        news: (header.get("news") ?? []).filter((s) => s.length > 0),
        actor: list("actor"),
        figures: list("figures"),
        stars: [lo!, hi!],
        feedOnly: one("status") === "feed-only",
        notice: one("notice") !== "",
        subject: list("subject"),
        adlinks: list("adlink"),
        insight: list("insight"),
        finding: list("finding"),
      };
      let status: Article["status"] = labels.feedOnly ? "feed-only" : "ok";
      let body = text;
      if (labels.feedOnly) {
        // The feed's text, read the way the pipeline reads a feed item when the page is unreachable.
        const page = pageFromFeedItem({
          url: `https://example.com/${file}`,
          title: one("title"),
          summary: text
            .split(/\n\n+/)
            .map((p) => `<p>${p}</p>`)
            .join(""),
        });
        body = page.text;
        if (page.kind !== "article")
          status = page.kind === "verification" || page.kind === "unavailable" ? "failed" : page.kind;
      }
      const article = toArticle(file, one("title"), one("account"), body, status);
      article.links = list("link").length
        ? (header.get("link") ?? []).map((l) => {
            const [t, href] = l.split("|").map((s) => s.trim());
            return { text: t ?? "", href: href ?? "" };
          })
        : [];
      // As a page carries them: the links are anchors of the article's HTML, their words its own.
      article.html = article.links.map((l) => `<p><a href="${l.href}">${l.text}</a></p>`).join("");
      return { id: `own/${file.replace(/\.md$/, "")}`, labels, article };
    });
}

function toArticle(
  id: string,
  title: string,
  account: string,
  text: string,
  status: Article["status"],
): Article {
  return {
    sourceId: "bench",
    url: `https://example.com/${id}`,
    originalUrl: `https://example.com/${id}`,
    title,
    account,
    publishedAt: "2026-02-04T03:00:00Z",
    firstSeenAt: "2026-02-04T03:00:00Z",
    contentHash: id,
    text,
    html: "",
    links: [],
    status,
  };
}
