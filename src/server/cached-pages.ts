import type { Context } from "hono";
import type { AppEnv } from "./auth/env.ts";
import type { Auth } from "./auth/session.ts";
import { type CachedResponse, digestOf, ifNoneMatches, type PageCache, sendKept } from "./page-cache.ts";
import type { PageStatus } from "./page-responder.ts";
import { type PageOptions, renderPage } from "./pages/layout.ts";

export type { PageStatus };
export const HTML = "text/html; charset=UTF-8";

/** What a kept page's builder gets: who is looking, for the page's frame. */
export interface PageFrameInput {
  user?: string;
  csrf?: string;
}

/**
 * The web app's pages that show only what the store holds, kept in the page cache under the
 * store's content version (any commit, by this process or another, makes a new one), the URL and
 * who is looking: anonymous visitors share pages; a logged-in visitor's pages (their name and CSRF
 * token in the frame) are kept for that session only. An ETag of the same key answers 304 before
 * anything is read.
 */
export function createCachedPages(cache: PageCache, auth: Pick<Auth, "csrfToken">) {
  /** A response kept under the request's URL, visitor and `parts` (what else it depends on). */
  const cached = async (
    c: Context<AppEnv>,
    parts: readonly string[],
    build: (frame: PageFrameInput) => Promise<CachedResponse>,
  ) => {
    const user = c.get("user");
    const csrf = user ? await auth.csrfToken(c) : undefined;
    const visitor = user ? `session:${digestOf(`${user}\n${csrf}`)}` : "anonymous";
    const { key, etag } = await cache.begin([c.req.path, new URL(c.req.url).search, visitor, ...parts]);
    c.header("Cache-Control", "private, no-cache");
    c.header("Vary", "Cookie");
    // An ETag is only ever sent with a 200 of this key, so a match means the client holds it.
    if (ifNoneMatches(c, etag)) {
      c.header("ETag", etag);
      return c.body(null, 304);
    }
    const response = cache.get(key) ?? cache.set(key, await build({ user, csrf }));
    if (response.status === 200) c.header("ETag", etag);
    return sendKept(c, response);
  };
  /** A kept HTML page in the site's frame. */
  const cachedPage = (
    c: Context<AppEnv>,
    build: () => Promise<{ options: PageOptions; status?: PageStatus }>,
    parts: readonly string[] = [],
  ) =>
    cached(c, parts, async (frame) => {
      const { options, status = 200 } = await build();
      return { body: renderPage({ path: c.req.path, ...frame }, options), status, contentType: HTML };
    });
  return { cached, cachedPage };
}
