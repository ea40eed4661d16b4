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
  deps: { guard: AddressGuard; send: SendHop; maxRedirects?: number },
): Promise<Response> {
  const maxRedirects = deps.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  let url = parseUrl(input, input);
  let method = init.method;
  let headers = init.headers;
  for (let hop = 0; ; hop++) {
    const checked = await deps.guard.check(url);
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
