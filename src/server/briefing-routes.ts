import { Hono } from "hono";

/** Paths every briefing's pages share with the default one: assets, the login, the API and MCP. */
const SHARED_PATHS = /^\/(?:static\/|login\b|logout\b|api\/|mcp\b)/;

/**
 * Several briefings per install (config `briefings`): the default briefing's app keeps today's URLs;
 * each other briefing's app (the same web app over that briefing's config) answers under
 * `/b/<id>/…`, and the API (and MCP) take `?briefing=<id>`. The pages of a briefing link within it:
 * the links of its HTML (`href`/`action` to this app's own paths, and the `data-*` paths its
 * scripts request: the runs' live stream, the review order) get the `/b/<id>` prefix, and so do
 * its redirects and the links in the HTML its live stream (text/event-stream) sends.
 */
/** A web app: Hono's fetch, with the server's env (@hono/node-server's incoming request and socket). */
type App = { fetch: (request: Request, env?: unknown) => Response | Promise<Response> };

/**
 * Every request is handed on with the server's env, so the app still sees the client's socket (the
 * login limiter keys on its address; without it every client would be one "local" client).
 */
export function routeBriefings(main: App, briefings: ReadonlyMap<string, App>): Hono {
  const app = new Hono();
  app.all("/b/:id{[a-z0-9][a-z0-9_-]{0,63}}/*", async (c) => {
    const id = c.req.param("id");
    const target = briefings.get(id);
    if (!target) return main.fetch(c.req.raw, c.env);
    const prefix = `/b/${id}`;
    const url = new URL(c.req.url);
    url.pathname = url.pathname.slice(prefix.length) || "/";
    // Its HTML is rewritten below: asked for uncompressed (the app would gzip or brotli it).
    const request = new Request(url, c.req.raw);
    request.headers.delete("accept-encoding");
    const response = await target.fetch(request, c.env);
    return withPrefix(response, prefix);
  });
  app.all("/b/:id{[a-z0-9][a-z0-9_-]{0,63}}", (c) => c.redirect(`${c.req.path}/`, 308));
  app.all("*", (c) => {
    const id = c.req.query("briefing");
    const target = id === undefined ? undefined : briefings.get(id);
    if (target && /^\/(?:api\/|mcp\b)/.test(c.req.path)) return target.fetch(c.req.raw, c.env);
    return main.fetch(c.req.raw, c.env);
  });
  return app;
}

/** A briefing app's response with its own links and redirects under `/b/<id>`. */
async function withPrefix(response: Response, prefix: string): Promise<Response> {
  const headers = new Headers(response.headers);
  const location = headers.get("location");
  if (location) headers.set("location", prefixLocation(location, prefix));
  const type = headers.get("content-type") ?? "";
  // The runs' live stream (text/event-stream) carries the panel's HTML: its links too, as it goes.
  if (type.startsWith("text/event-stream") && response.body) {
    headers.delete("content-length");
    return new Response(response.body.pipeThrough(prefixLines(prefix)), { status: response.status, headers });
  }
  if (!type.startsWith("text/html")) return new Response(response.body, { status: response.status, headers });
  const html = prefixLinks(await response.text(), prefix);
  headers.delete("content-length");
  return new Response(html, { status: response.status, headers });
}

/**
 * A redirect to this app's own path goes under `prefix`; a redirect to the shared login keeps the
 * page to come back to under it too (`next=/review` → `next=/b/<id>/review`), so logging in from a
 * briefing's page returns to that page, not the default briefing's. The login still takes only
 * this site's own paths for `next` (safeNext), and `/b/<id>` + an own path is one.
 */
function prefixLocation(location: string, prefix: string): string {
  if (isOwnPath(location)) return prefix + location;
  if (!/^\/login\?/.test(location)) return location;
  const url = new URL(location, "http://briefing.invalid");
  const next = url.searchParams.get("next");
  if (next === null || !isOwnPath(next)) return location;
  url.searchParams.set("next", prefix + next);
  return url.pathname + url.search;
}

/**
 * The HTML's links to this app's own paths (`href`, `action`, `data-*`) under `prefix`, and the
 * login form's page to come back to (its hidden `next`).
 */
function prefixLinks(html: string, prefix: string): string {
  return html
    .replace(/\b(href|action|data-[a-z-]+)="(\/[^"]*)"/g, (whole, attr: string, path: string) =>
      isOwnPath(path) ? `${attr}="${prefix}${path}"` : whole,
    )
    .replace(/(name="next" value=")(\/[^"]*)"/g, (whole, start: string, path: string) =>
      isOwnPath(path) ? `${start}${prefix}${path}"` : whole,
    );
}

/**
 * A stream's links under `prefix`, line by line as the bytes come (an event stream is lines, and no
 * link spans one): a line is rewritten once it is whole, so a link split between chunks is too.
 */
function prefixLines(prefix: string): TransformStream<Uint8Array, Uint8Array> {
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  let pending = "";
  return new TransformStream({
    transform(chunk, controller) {
      pending += decoder.decode(chunk, { stream: true });
      const end = pending.lastIndexOf("\n") + 1;
      if (end === 0) return;
      controller.enqueue(encoder.encode(prefixLinks(pending.slice(0, end), prefix)));
      pending = pending.slice(end);
    },
    flush(controller) {
      pending += decoder.decode();
      if (pending) controller.enqueue(encoder.encode(prefixLinks(pending, prefix)));
    },
  });
}

function isOwnPath(path: string): boolean {
  return path.startsWith("/") && !path.startsWith("//") && !SHARED_PATHS.test(path);
}
