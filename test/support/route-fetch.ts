/**
 * Routing fetches for end-to-end tests. The network guard checks where a request really goes, so a
 * fetch that serves public names from local servers says so (`route`) and names exactly the local
 * ports it owns (`allowPrivate`); nothing broader is allowed.
 */
import type { RoutingFetch } from "../../src/http/index.ts";

function urlOf(input: string | URL | Request): string {
  return input instanceof Request ? input.url : String(input);
}

/**
 * Serves the given public hosts from local origins (`{ "github.com": "http://127.0.0.1:PORT" }`),
 * keeping path and query; every other URL goes to `next` (default: the global fetch).
 */
export function routeHosts(hosts: Record<string, string>, next?: RoutingFetch): RoutingFetch {
  const local = (url: URL): URL | undefined => {
    const origin = hosts[url.hostname];
    return origin ? new URL(url.pathname + url.search, origin) : undefined;
  };
  const routed = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(urlOf(input));
    const target = local(url);
    if (!target) return (next ?? globalThis.fetch)(input, init);
    const response = await globalThis.fetch(target, init);
    Object.defineProperty(response, "url", { value: url.href });
    return response;
  };
  return Object.assign(routed, {
    route: (url: URL) => local(url) ?? next?.route?.(url),
    allowPrivate: [...Object.values(hosts).map((o) => new URL(o).host), ...(next?.allowPrivate ?? [])],
  });
}

/** `base` with `before(url)` called ahead of every request; keeps the base's routes and ports. */
export function observeFetch(base: RoutingFetch, before: (url: string) => void): RoutingFetch {
  const observed = (input: string | URL | Request, init?: RequestInit) => {
    before(urlOf(input));
    return base(input, init);
  };
  return Object.assign(observed, { route: base.route, allowPrivate: base.allowPrivate });
}

/** The config lines allowing exactly these local origins (`fetch.allowPrivate: [127.0.0.1:PORT]`). */
export function allowOnly(...origins: string[]): { allowPrivate: string[] } {
  return { allowPrivate: origins.map((o) => new URL(o).host) };
}
