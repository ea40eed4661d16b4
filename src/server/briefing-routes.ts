import { Hono } from "hono";

/** Paths every briefing's pages share with the default one: assets, the login, the API and MCP. */
const SHARED_PATHS = /^\/(?:static\/|login\b|logout\b|api\/|mcp\b)/;

/**
 * Several briefings per install (config `briefings`): the default briefing's app keeps today's URLs;
 * each other briefing's app (the same web app over that briefing's config) answers under
 * `/b/<id>/…`, and the API (and MCP) take `?briefing=<id>`. The pages of a briefing link within it:
 * the links of its HTML (`href`/`action` to this app's own paths, and `data-*` attributes holding
 * such a path, which its scripts fetch) get the `/b/<id>` prefix, and so do its redirects.
 */
export function routeBriefings(
  main: { fetch: (request: Request) => Response | Promise<Response> },
  briefings: ReadonlyMap<string, { fetch: (request: Request) => Response | Promise<Response> }>,
): Hono {
  const app = new Hono();
  app.all("/b/:id{[a-z0-9][a-z0-9_-]{0,63}}/*", async (c) => {
    const id = c.req.param("id");
    const target = briefings.get(id);
    if (!target) return main.fetch(c.req.raw);
    const prefix = `/b/${id}`;
    const url = new URL(c.req.url);
    url.pathname = url.pathname.slice(prefix.length) || "/";
    const response = await target.fetch(new Request(url, c.req.raw));
    return withPrefix(response, prefix);
  });
  app.all("/b/:id{[a-z0-9][a-z0-9_-]{0,63}}", (c) => c.redirect(`${c.req.path}/`, 308));
  app.all("*", (c) => {
    const id = c.req.query("briefing");
    const target = id === undefined ? undefined : briefings.get(id);
    if (target && /^\/(?:api\/|mcp\b)/.test(c.req.path)) return target.fetch(c.req.raw);
    return main.fetch(c.req.raw);
  });
  return app;
}

/** A briefing app's response with its own links and redirects under `/b/<id>`. */
async function withPrefix(response: Response, prefix: string): Promise<Response> {
  const headers = new Headers(response.headers);
  const location = headers.get("location");
  if (location && isOwnPath(location)) headers.set("location", prefix + location);
  if (!(headers.get("content-type") ?? "").startsWith("text/html"))
    return new Response(response.body, { status: response.status, headers });
  // Links and forms, and the paths the page's scripts read from data attributes (the live runs
  // panel's stream, the review list's order action), so a script asks this briefing's app too.
  const html = (await response.text()).replace(
    /\s(href|action|data-[a-z][a-z-]*)="(\/[^"]*)"/g,
    (whole, attr: string, path: string) => (isOwnPath(path) ? ` ${attr}="${prefix}${path}"` : whole),
  );
  headers.delete("content-length");
  return new Response(html, { status: response.status, headers });
}

function isOwnPath(path: string): boolean {
  return path.startsWith("/") && !path.startsWith("//") && !SHARED_PATHS.test(path);
}
