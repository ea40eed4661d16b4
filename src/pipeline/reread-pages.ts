// The pages a wall (or a rest, a cap, a passing failure) kept us from: read them once the host is
// open again, replace the feed's stand-in text with the page, and let analysis (keyed by content
// hash) redo exactly those articles.
import { canonicalUrl, contentHash } from "../dedup/index.ts";
import { dayOf } from "../time.ts";
import type { PipelineDeps } from "./deps.ts";
import { readPage } from "./read-page.ts";

export interface RereadCounts {
  /** Pages read and stored over the feed's text. */
  read: number;
  /** Still queued (host resting, or the page failed again). */
  waiting: number;
}

/** Re-reads the queued pages of articles published on `date`; other days wait for their own run. */
export async function rereadPages(
  deps: PipelineDeps,
  date: string,
  signal?: AbortSignal,
): Promise<RereadCounts> {
  const { store, config } = deps;
  const counts: RereadCounts = { read: 0, waiting: 0 };
  for (const queued of await store.listPageRereads()) {
    const article = await store.getArticle(queued.articleId);
    if (!article) {
      await store.finishPageReread(queued.articleId);
      continue;
    }
    if (dayOf(article.publishedAt, config.timezone) !== date) continue;
    if (deps.http.hosts.pausedUntil(queued.host)) {
      counts.waiting++; // no request to a resting host
      continue;
    }
    const feedUrl = config.sources.find((s) => s.id === article.sourceId)?.url;
    const outcome = await readPage(deps, article.originalUrl || article.url, signal, feedUrl);
    const log = deps.logger.child({ article_id: article.id, url: article.url });
    if (!outcome.ok) {
      await store.notePageRereadAttempt(article.id!, outcome.reason);
      if (!outcome.retryLater) await store.finishPageReread(article.id!);
      else counts.waiting++;
      log.info({ reason: outcome.reason }, "page still not read");
      continue;
    }
    const { page } = outcome;
    if (page.kind === "deleted" || page.kind === "blocked") {
      await store.updateArticle(article.id!, {
        status: page.kind,
        statusReason:
          page.reason ?? (page.kind === "deleted" ? "该内容已被发布者删除" : "内容因违规无法查看"),
      });
    } else if (page.text.trim().length > 0) {
      await store.updateArticle(article.id!, {
        text: page.text,
        html: page.html,
        links: page.links,
        contentHash: contentHash(page.text),
        account: page.account ?? article.account,
        status: "ok",
        statusReason: null,
        textFrom: "page",
      });
      counts.read++;
      log.info(
        { declared: page.canonicalUrl && canonicalUrl(page.canonicalUrl) },
        "page read on a later run",
      );
    }
    await store.finishPageReread(article.id!);
  }
  return counts;
}
