import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getSignedCookie, setSignedCookie } from "hono/cookie";
import type { ServeConfig } from "../../config/serve-schema.ts";
import type { SessionRegistry } from "../../queries/index.ts";
import type { AppEnv } from "./env.ts";
import { formOrigins } from "./proxy.ts";

export const SESSION_COOKIE = "daybrief_session";
export const CSRF_COOKIE = "daybrief_csrf";
export const CSRF_FIELD = "_csrf";
const SESSION_DAYS = 7;

export interface Auth {
  /**
   * Reads the signed session cookie: sets `user` when it names a configured user, has not expired,
   * carries the user's current password fingerprint and its session was not ended (logout).
   */
  session: MiddlewareHandler<AppEnv>;
  /** Lets only a logged-in user through: a page asks to log in, anything else gets 401. */
  requireUser: MiddlewareHandler<AppEnv>;
  /** Checks a state-changing request: same origin (serve.publicUrl / a trusted proxy's count too), and its `_csrf` field (or X-CSRF-Token) equals the CSRF cookie. */
  requireCsrf: MiddlewareHandler<AppEnv>;
  /** The request's CSRF token for a form, setting the cookie when there is none yet. */
  csrfToken(c: Context<AppEnv>): Promise<string>;
  /** Starts a session for `name` (already checked) and rotates the CSRF token. */
  startSession(c: Context<AppEnv>, name: string): Promise<void>;
  /** Ends the request's session on the server (its id is refused from now on) and deletes the cookie. */
  endSession(c: Context<AppEnv>): Promise<void>;
}

function cookieOptions(serve: ServeConfig, maxAge?: number) {
  return { path: "/", httpOnly: true, sameSite: "Strict" as const, secure: serve.secureCookies, maxAge };
}

/** Ties a session to the user's current password hash: changing the password ends old sessions. */
function fingerprint(passwordHash: string): string {
  return createHash("sha256").update(passwordHash).digest("base64url").slice(0, 16);
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A path to go back to after logging in: only this site's own paths (no //host, no scheme). */
export function safeNext(next: string | undefined): string {
  return next && /^\/(?![/\\])[^\s]*$/.test(next) ? next : "/";
}

/** A session cookie's parts: `name~expires~fingerprint~id` (the id a random 24 bytes). */
interface SessionCookie {
  name: string;
  expires: number;
  print: string;
  id: string;
}

function parseSessionCookie(value: string): SessionCookie | undefined {
  const [encoded, expires, print, id, ...rest] = value.split("~");
  // A cookie of the old form (no id) cannot be ended on the server: it is no longer accepted.
  if (!encoded || !print || !id || rest.length > 0 || !/^[\w-]{32}$/.test(id)) return undefined;
  let name: string;
  try {
    name = decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
  return { name, expires: Number(expires), print, id };
}

export function createAuth(
  serve: ServeConfig,
  secret: string,
  now: () => Date,
  sessions: SessionRegistry,
): Auth {
  const users = new Map(serve.users.map((u) => [u.name, u]));

  /** The request's valid session, if any. */
  const readSession = async (c: Context<AppEnv>): Promise<SessionCookie | undefined> => {
    const value = await getSignedCookie(c, secret, SESSION_COOKIE);
    if (typeof value !== "string") return undefined;
    const session = parseSessionCookie(value);
    const user = session && users.get(session.name);
    if (!session || !user || !(session.expires > now().getTime())) return undefined;
    if (session.print !== fingerprint(user.passwordHash)) return undefined;
    // One primary-key read, only for requests that carry a signed, unexpired session cookie.
    return (await sessions.isRevoked(session.id)) ? undefined : session;
  };

  const readCsrf = async (c: Context<AppEnv>) => {
    const value = await getSignedCookie(c, secret, CSRF_COOKIE);
    return typeof value === "string" && value.length >= 32 ? value : undefined;
  };

  const issueCsrf = async (c: Context<AppEnv>) => {
    const token = randomBytes(24).toString("base64url");
    await setSignedCookie(c, CSRF_COOKIE, token, secret, cookieOptions(serve));
    c.set("csrf", token);
    return token;
  };

  return {
    async session(c, next) {
      const session = await readSession(c);
      if (session) c.set("user", session.name);
      await next();
    },

    async requireUser(c, next) {
      if (c.get("user")) return next();
      if (c.req.method === "GET" || c.req.method === "HEAD") {
        const back = new URL(c.req.url);
        return c.redirect(`/login?next=${encodeURIComponent(back.pathname + back.search)}`, 303);
      }
      return c.text("需要登录 (login required)", 401);
    },

    async requireCsrf(c, next) {
      const origin = c.req.header("origin");
      if (origin && !formOrigins(c, serve).includes(origin))
        return c.text("跨站请求被拒绝 (cross-site request refused)", 403);
      const expected = c.get("csrf") ?? (await readCsrf(c));
      let given = c.req.header("x-csrf-token");
      if (!given && /form/.test(c.req.header("content-type") ?? "")) {
        const field = (await c.req.parseBody())[CSRF_FIELD];
        given = typeof field === "string" ? field : undefined;
      }
      if (!expected || !given || !sameText(expected, given))
        return c.text("表单已过期或无效，请刷新页面重试 (CSRF token missing or wrong)", 403);
      return next();
    },

    async csrfToken(c) {
      const known = c.get("csrf") ?? (await readCsrf(c));
      if (known) {
        c.set("csrf", known);
        return known;
      }
      return issueCsrf(c);
    },

    async startSession(c, name) {
      const user = users.get(name);
      if (!user) throw new Error(`no user ${name}`);
      const expires = now().getTime() + SESSION_DAYS * 86_400_000;
      // A fresh id at every login: a session id planted before it (fixation) is never carried over.
      const id = randomBytes(24).toString("base64url");
      const value = `${encodeURIComponent(name)}~${expires}~${fingerprint(user.passwordHash)}~${id}`;
      await setSignedCookie(c, SESSION_COOKIE, value, secret, cookieOptions(serve, SESSION_DAYS * 86_400));
      c.set("user", name);
      await issueCsrf(c);
    },

    async endSession(c) {
      const session = await readSession(c);
      if (session) await sessions.revoke(session.id, new Date(session.expires));
      deleteCookie(c, SESSION_COOKIE, { path: "/" });
      c.set("user", undefined);
    },
  };
}
