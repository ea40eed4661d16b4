import type { Context } from "hono";
import type { AppEnv } from "./auth/env.ts";
import type { PageOptions } from "./pages/layout.ts";

export type PageStatus = 200 | 400 | 401 | 403 | 404 | 409 | 429 | 500 | 503;

/** Answers a request with a whole page in the site's frame (user, CSRF token, no-cache). */
export type PageResponder = (
  c: Context<AppEnv>,
  options: PageOptions,
  status?: PageStatus,
) => Promise<Response>;
