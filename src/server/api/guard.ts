import type { MiddlewareHandler } from "hono";
import type { ApiConfig, ApiScope } from "../../config/index.ts";
import type { ServeConfig } from "../../config/serve-schema.ts";
import { clientAddress } from "../auth/proxy.ts";
import { authenticate, type Caller, hasScope } from "./auth.ts";
import { problemResponse } from "./problem.ts";
import { anonymousKey, type RateLimiter } from "./rate-limit.ts";

export type GuardEnv = { Variables: { caller: Caller } };

/**
 * Bearer auth, scope and rate limit in one middleware, shared by /api/v1 and /mcp: a request
 * without a known token is 401, one whose token lacks `scopeOf(request)` is 403, one past the
 * token's per-minute budget is 429 with Retry-After. Anonymous readers (api.publicRead) have a budget
 * per client (its address as the login's limiter sees it: behind serve.trustProxy the forwarded one),
 * so one client cannot use up the budget of all.
 */
export function guard(
  config: { api: ApiConfig; serve: Pick<ServeConfig, "trustProxy" | "publicUrl"> },
  limiter: RateLimiter,
  scopeOf: (method: string, path: string) => ApiScope,
): MiddlewareHandler<GuardEnv> {
  const { api, serve } = config;
  return async (c, next) => {
    const caller = authenticate(api, c.req.header("authorization"));
    if (!caller)
      return problemResponse(c, "unauthorized", undefined, undefined, {
        "www-authenticate": 'Bearer realm="daybrief"',
      });
    const scope = scopeOf(c.req.method, c.req.path);
    // Let in without a token (api.publicRead) but asked for more: the answer is "send a token".
    if (!hasScope(caller, scope) && caller.anonymous)
      return problemResponse(
        c,
        "unauthorized",
        `需要 ${scope} 权限的 token (needs a token with the ${scope} scope)`,
        undefined,
        {
          "www-authenticate": 'Bearer realm="daybrief"',
        },
      );
    if (!hasScope(caller, scope))
      return problemResponse(
        c,
        "insufficient_scope",
        `需要 ${scope} 权限 (needs the ${scope} scope; ${caller.name} has ${caller.scopes.join(", ")})`,
        undefined,
        { "www-authenticate": `Bearer realm="daybrief", error="insufficient_scope", scope="${scope}"` },
      );
    const taken = limiter.take(
      caller.anonymous ? anonymousKey(clientAddress(c, serve)) : `token:${caller.name}`,
    );
    if (!taken.allowed)
      return problemResponse(
        c,
        "rate_limited",
        `每分钟最多 ${api.rateLimit.perMinute} 次 (at most ${api.rateLimit.perMinute} requests a minute)`,
        undefined,
        { "retry-after": String(taken.retryAfterSeconds), "ratelimit-remaining": "0" },
      );
    c.set("caller", caller);
    await next();
    c.header("ratelimit-limit", String(api.rateLimit.perMinute));
    c.header("ratelimit-remaining", String(taken.remaining));
  };
}
