import type { Hono } from "hono";
import type { ServeConfig } from "../../config/serve-schema.ts";
import type { PageResponder } from "../page-responder.ts";
import { loginPageBody } from "../pages/login-page.ts";
import type { AppEnv } from "./env.ts";
import { verifyPassword } from "./password.ts";
import { clientAddress } from "./proxy.ts";
import type { LoginLimiter } from "./rate-limit.ts";
import { type Auth, safeNext } from "./session.ts";

/** A well-formed hash no password matches (its key is all zeros): checked for unknown user names. */
const UNKNOWN_USER_HASH = `scrypt$32768$8$1$${"A".repeat(22)}$${"A".repeat(43)}`;

/**
 * GET/POST /login and POST /logout. Failures count per client address (behind a trusted proxy the
 * forwarded one, see proxy.ts) and per user name; a name that does not exist costs the same scrypt.
 */
export function addLoginRoutes(
  app: Hono<AppEnv>,
  options: { serve: ServeConfig; auth: Auth; limiter: LoginLimiter; page: PageResponder },
): void {
  const { serve, auth, limiter, page } = options;

  app.get("/login", async (c) => {
    const next = safeNext(c.req.query("next"));
    if (c.get("user")) return c.redirect(next, 303);
    const csrf = await auth.csrfToken(c);
    return page(c, { title: "登录", body: loginPageBody({ csrf, next, noUsers: serve.users.length === 0 }) });
  });

  app.post("/login", auth.requireCsrf, async (c) => {
    const form = await c.req.parseBody();
    const name = typeof form.name === "string" ? form.name.trim() : "";
    const password = typeof form.password === "string" ? form.password : "";
    const next = safeNext(typeof form.next === "string" ? form.next : undefined);
    const address = clientAddress(c, serve);
    const keys = [`ip:${address}`, `user:${name.toLowerCase()}`];
    const wait = Math.max(...keys.map((k) => limiter.retryAfterMs(k)));
    const retry = async (error: string, status: 401 | 429) =>
      page(c, { title: "登录", body: loginPageBody({ csrf: await auth.csrfToken(c), next, error }) }, status);
    if (wait > 0) {
      c.header("Retry-After", String(Math.ceil(wait / 1000)));
      return retry(`尝试次数过多，请 ${Math.ceil(wait / 60_000)} 分钟后再试。`, 429);
    }
    const user = serve.users.find((u) => u.name === name);
    // An unknown name costs the same scrypt as a known one, so timing does not tell names apart.
    const ok =
      (await verifyPassword(password, user?.passwordHash ?? UNKNOWN_USER_HASH)) && user !== undefined;
    if (!user || !ok) {
      for (const k of keys) limiter.fail(k);
      return retry("用户名或密码错误。", 401);
    }
    for (const k of keys) limiter.succeed(k);
    await auth.startSession(c, user.name);
    return c.redirect(next, 303);
  });

  app.post("/logout", auth.requireCsrf, async (c) => {
    await auth.endSession(c);
    return c.redirect("/", 303);
  });
}
