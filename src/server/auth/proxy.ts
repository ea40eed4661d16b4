import type { Context } from "hono";
import type { ServeConfig } from "../../config/serve-schema.ts";

/**
 * Where a request came from, with or without a reverse proxy in front (serve.trustProxy,
 * serve.publicUrl). Forwarded headers are read only when the proxy is trusted: a client that
 * reaches the app directly can send any X-Forwarded-* it likes.
 */
type ProxySettings = Pick<ServeConfig, "trustProxy" | "publicUrl">;

/** How many proxies in front are trusted (0: none, forwarded headers are ignored). */
function trustedHops(serve: ProxySettings): number {
  return serve.trustProxy === true ? 1 : serve.trustProxy === false ? 0 : serve.trustProxy;
}

/** The address of the socket's peer (@hono/node-server puts the request on c.env); "local" in process. */
export function socketAddress(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? "local";
}

/**
 * The client's address: the socket's peer, or behind `n` trusted proxies the address the outermost
 * one saw. Each proxy appends the address it was connected from to X-Forwarded-For, so the last `n`
 * entries are written by our proxies and anything left of them came from the client (and may be
 * made up). A chain shorter than `n` gives its first entry (as Express does).
 */
export function clientAddress(c: Context, serve: ProxySettings): string {
  const hops = trustedHops(serve);
  if (hops === 0) return socketAddress(c);
  const chain = (c.req.header("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (chain.length === 0) return socketAddress(c);
  return chain[Math.max(0, chain.length - hops)]!;
}

const first = (value: string | undefined) => value?.split(",")[0]?.trim() || undefined;

/** The origin a trusted proxy says the browser used (X-Forwarded-Proto/-Host, else Host). */
function forwardedOrigin(c: Context): string | undefined {
  const proto = first(c.req.header("x-forwarded-proto"))?.toLowerCase();
  const host = first(c.req.header("x-forwarded-host")) ?? c.req.header("host");
  if ((proto !== "http" && proto !== "https") || !host || !/^[A-Za-z0-9.:[\]-]+$/.test(host))
    return undefined;
  try {
    return new URL(`${proto}://${host}`).origin;
  } catch {
    return undefined;
  }
}

/**
 * The origins a form on this site may be posted from: the URL the server sees, the configured
 * public URL, and (behind a trusted proxy) the origin the proxy forwards.
 */
export function formOrigins(c: Context, serve: ProxySettings): string[] {
  const origins = [new URL(c.req.url).origin];
  if (serve.publicUrl) origins.push(new URL(serve.publicUrl).origin);
  const forwarded = trustedHops(serve) > 0 ? forwardedOrigin(c) : undefined;
  if (forwarded) origins.push(forwarded);
  return origins;
}

/** The origin readers use, for absolute links (the feed): publicUrl, the trusted proxy's, or the request's. */
export function publicOrigin(c: Context, serve: ProxySettings): string {
  if (serve.publicUrl) return new URL(serve.publicUrl).origin;
  return (trustedHops(serve) > 0 ? forwardedOrigin(c) : undefined) ?? new URL(c.req.url).origin;
}
