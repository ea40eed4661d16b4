import { createRoute, type RouteConfig } from "@hono/zod-openapi";
import { problemContent } from "./problem.ts";

/** The problem answers every authenticated route may give, on top of its own. */
const COMMON = {
  400: problemContent("The request is not valid (invalid_request)"),
  401: problemContent("No valid bearer token (unauthorized)"),
  403: problemContent("The token lacks the scope (insufficient_scope)"),
  429: problemContent("Too many requests for this token (rate_limited)"),
  500: problemContent("Internal error"),
};

/** A read route: bearer auth (read scope), ETag with 304 on If-None-Match, the common problems. */
export function readRoute<R extends RouteConfig>(config: R) {
  return createRoute({
    ...config,
    security: [{ bearerAuth: [] }],
    responses: {
      ...COMMON,
      304: { description: "Not modified: If-None-Match matched the ETag" },
      ...config.responses,
    },
  });
}

/** A write route: bearer auth with the write scope, the common problems. */
export function writeRoute<R extends RouteConfig>(config: R) {
  return createRoute({
    ...config,
    security: [{ bearerAuth: [] }],
    responses: { ...COMMON, ...config.responses },
  });
}
