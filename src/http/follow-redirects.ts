import { HttpError } from "../errors.ts";
import type { AddressGuard } from "./address-guard.ts";
import type { HopInit, SendHop } from "./node-transport.ts";

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export const DEFAULT_MAX_REDIRECTS = 5;

/**
 * Fetches a URL named by a feed or an article: every hop (the first request and each redirect) is
 * checked by the guard before it is sent, redirects are followed here (never by the transport), at
 * most `maxRedirects` of them, and relative Locations resolve against the hop that sent them.
 * The response's `url` is the last hop's.
 */
export async function fetchGuarded(
  input: string,
  init: HopInit,
  deps: {
    guard: AddressGuard;
    send: SendHop;
    maxRedirects?: number;
    /** The URL (a feed's) that named this one: a private address it opens is opened to its own host only. */
    namedBy?: string;
  },
): Promise<Response> {
  const maxRedirects = deps.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  let url = parseUrl(input, input);
  let method = init.method;
  let headers = init.headers;
  let publicBefore = false;
  for (let hop = 0; ; hop++) {
    const checked = await deps.guard.check(url);
    // fetch.allowPrivate opens a private address to the operator's own feeds and their own links,
    // not to anyone else: a public page that redirects into the LAN, or a feed that links to a
    // private host other than its own, is refused even where the address is allowed.
    const relies = deps.guard.reliesOnAllowance(url, checked);
    // An article's every private hop stays on its feed's site: a redirect from the feed's own host
    // to another private service is refused like a link to it.
    if (relies && (publicBefore || (deps.namedBy && !sameSite(url, deps.namedBy)))) {
      const target = `${url.hostname} (${checked.map((a) => a.address).join(", ")})`;
      const reason = publicBefore
        ? `a public address redirected to the private ${target}; fetch.allowPrivate opens it only to URLs that start there`
        : `a link from ${hostnameOf(deps.namedBy!)} to the private ${target}${url.port ? ` port ${url.port}` : ""}; fetch.allowPrivate opens it only to that feed's own host and port`;
      throw new HttpError(`GET ${input} refused: ${reason}`, input, 0, false, {
        code: "blocked_address",
        reason,
      });
    }
    publicBefore ||= !relies;
    const response = await deps.send(url, { ...init, method, headers }, checked);
    const location = REDIRECTS.has(response.status) ? response.headers.get("location") : null;
    if (location === null) {
      Object.defineProperty(response, "url", { value: url.href });
      return response;
    }
    await response.body?.cancel().catch(() => {});
    if (hop >= maxRedirects) {
      throw new HttpError(
        `GET ${input} failed: more than ${maxRedirects} redirects (last to ${location})`,
        input,
        0,
        false,
        { code: "too_many_redirects", reason: `more than ${maxRedirects} redirects` },
      );
    }
    const next = parseUrl(location, input, url);
    if (next.origin !== url.origin) {
      // Credentials meant for one site are not handed to the site it redirects to.
      headers = new Headers(headers);
      for (const name of ["authorization", "cookie", "proxy-authorization"]) headers.delete(name);
    }
    url = next;
    if (response.status === 303 && method !== "HEAD") method = "GET";
  }
}

function parseUrl(location: string, requested: string, base?: URL): URL {
  try {
    return new URL(location, base);
  } catch (cause) {
    const what = base ? `redirect to an invalid URL: ${location}` : "not a valid URL";
    throw new HttpError(`GET ${requested} failed: ${what}`, requested, 0, false, {
      cause,
      code: "invalid_url",
      reason: what,
    });
  }
}

function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/\.+$/, "");
  } catch {
    return "";
  }
}

/**
 * The feed's own site: the same host name on the same port (http's 80 and https's 443 count as one
 * site). A feed on 127.0.0.1:1200 names no other service of that machine (127.0.0.1:9200, :2375),
 * even when fetch.allowPrivate opens the host on every port.
 */
function sameSite(url: URL, feed: string): boolean {
  if (url.hostname.toLowerCase().replace(/\.+$/, "") !== hostnameOf(feed)) return false;
  const other = new URL(feed);
  return url.port === other.port || (url.port === "" && other.port === "");
}
