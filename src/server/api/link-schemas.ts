import { z } from "@hono/zod-openapi";

/**
 * An article's address as a client may link it: an http(s) URL to a public host, or null when the
 * address may not be a link (an internal host, `javascript:`), the address as written then in
 * `rawUrl`. The same rule as the JSON output's schema v3 (docs/api.md).
 */
export const linkUrl = z
  .string()
  .nullable()
  .describe(
    "An http(s) URL to a public host, safe to link; null: the address may not be a link (see rawUrl)",
  );
export const rawUrl = z
  .string()
  .optional()
  .describe(
    "The address as written, present when url is null (an internal host, not http(s)): never link it",
  );
export const linkShape = { url: linkUrl, rawUrl };
