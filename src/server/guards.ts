// What every response and request of the web app goes through: security headers on the way out,
// a bound on request bodies on the way in (app.ts).
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";

const SECURITY_HEADERS: Record<string, string> = {
  "Content-Security-Policy":
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; " +
    "base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "same-origin",
  "X-Frame-Options": "DENY",
};

/** The security headers on every response (pages, API, MCP, static files). */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.header(k, v);
  };
}

/**
 * The largest request body any route takes (a login form, a review edit, an API or MCP request are
 * a few KB; a whole draft's edit some hundred): past it 413 before the body is read, by its
 * Content-Length or, sent chunked, as the bytes come. Without it an anonymous POST /login (its
 * CSRF cookie is anyone's for a GET) or /mcp was buffered whole, however large.
 */
export const MAX_BODY_BYTES = 1024 * 1024;

/** The app-wide middleware: 413 past MAX_BODY_BYTES, in Chinese with English alongside. */
export function limitBodies(): MiddlewareHandler {
  return bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => c.text(`请求体过大，最多 1 MB (request body larger than ${MAX_BODY_BYTES} bytes)`, 413),
  });
}
