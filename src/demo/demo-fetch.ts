import { HttpError } from "../errors.ts";
import type { RoutingFetch } from "../http/index.ts";

/** Host of the demo feeds; `.invalid` never resolves, so a leak fails instead of reaching the internet. */
export const DEMO_FEED_ORIGIN = "https://demo.daybrief.invalid";
/** Every demo article id starts with this, so real WeChat links are never routed to the demo server. */
export const DEMO_ARTICLE_PREFIX = "daybrief-demo-";

/**
 * Maps a public demo URL to the local server's path (without origin), or undefined when the URL is not
 * part of the demo. Feeds keep their path; WeChat pages and images keep host + path under the server.
 */
export function toDemoPath(url: URL): string | undefined {
  if (url.origin === DEMO_FEED_ORIGIN) return url.pathname + url.search;
  const wechat =
    url.hostname === "mp.weixin.qq.com" && (url.protocol === "https:" || url.protocol === "http:");
  if (wechat && url.pathname.startsWith(`/s/${DEMO_ARTICLE_PREFIX}`)) {
    return `/mp.weixin.qq.com${url.pathname}${url.search}`;
  }
  if (url.hostname === "mmbiz.qpic.cn" && url.pathname.includes("/daybrief-demo/")) {
    return `/mmbiz.qpic.cn${url.pathname}`;
  }
  return undefined;
}

/** The public URL a local server path stands for (the inverse of toDemoPath). */
export function toPublicUrl(path: string): string {
  if (path.startsWith("/mp.weixin.qq.com/") || path.startsWith("/mmbiz.qpic.cn/")) return `https:/${path}`;
  return DEMO_FEED_ORIGIN + path;
}

function urlOf(input: string | URL | Request): string {
  if (typeof input === "string") return input;
  if (input instanceof URL) return input.href;
  return input.url;
}

/**
 * A fetch that serves demo URLs from the local server at `origin` and refuses every other host, so a
 * demo run never touches the network. Responses report the public URL in `response.url`, so article
 * URLs (and what the store keys on) stay the same from run to run although the port changes.
 * It tells the network guard where a demo URL really goes (`route`) and allows exactly the demo
 * server's own 127.0.0.1 port; `allowOrigins` (the LLM stub, test receivers) are passed through for
 * operator endpoints but not allowed to feeds and pages.
 */
export function createDemoFetch(
  origin: string,
  baseFetch: typeof fetch = globalThis.fetch,
  allowOrigins: readonly string[] = [],
): RoutingFetch {
  const local = new URL(origin);
  const passThrough = new Set([local.origin, ...allowOrigins.map((o) => new URL(o).origin)]);
  const demoFetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const publicUrl = urlOf(input);
    let url: URL;
    try {
      url = new URL(publicUrl);
    } catch (cause) {
      throw new HttpError(`demo mode: not a URL: ${publicUrl}`, publicUrl, 0, false, { cause });
    }
    if (passThrough.has(url.origin)) return baseFetch(input, init);
    const path = toDemoPath(url);
    if (path === undefined) {
      throw new HttpError(
        `demo mode is offline: refusing to fetch ${url.href} (only ${DEMO_FEED_ORIGIN} and ` +
          `https://mp.weixin.qq.com/s/${DEMO_ARTICLE_PREFIX}… are served)`,
        url.href,
        0,
        false,
      );
    }
    const target = local.origin + path;
    const request = input instanceof Request ? new Request(target, input) : target;
    const response = await baseFetch(request, init);
    // Report the URL the caller asked for, not the loopback one with its per-run port.
    Object.defineProperty(response, "url", { value: url.href });
    return response;
  };
  const route = (url: URL): URL | undefined => {
    const path = toDemoPath(url);
    return path === undefined ? undefined : new URL(local.origin + path);
  };
  // Every page is a local fixture: pacing protects no real host here (caps and cool-downs still apply).
  return Object.assign(demoFetch, { route, allowPrivate: [local.host], unpaced: true });
}
