/**
 * The `api:` section: who may call the HTTP API and the MCP endpoint of `daybrief serve`. Tokens are
 * stored as the SHA-256 of the secret (hex), never the secret itself (`daybrief api hash-token`).
 */
import { z } from "zod";

export const API_SCOPES = ["read", "write"] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export const apiTokenSchema = z.strictObject({
  name: z
    .string()
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/,
      "use letters, digits, ., - and _ (it names the token in logs)",
    )
    .describe("Who holds the token (shown in logs and rate-limit answers, never the token)."),
  sha256: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[0-9a-f]{64}$/, "the token's SHA-256 as 64 hex digits (run `daybrief api hash-token`)")
    .describe("SHA-256 of the bearer token, hex."),
  scopes: z
    .array(z.enum(API_SCOPES))
    .min(1)
    .default(["read"])
    .describe("read: GET routes and read tools; write: also POST routes and run_day."),
});

export const apiSchema = z
  .strictObject({
    tokens: z.array(apiTokenSchema).default([]).describe("Bearer tokens allowed to call /api/v1 and /mcp."),
    publicRead: z
      .boolean()
      .default(false)
      .describe("Allow reads without a token (writes always need a token with the write scope)."),
    cors: z
      .strictObject({
        origins: z
          .array(z.union([z.literal("*"), z.url({ protocol: /^https?$/ })]))
          .default([])
          .describe("Origins allowed to call the API from a browser; empty: CORS off."),
      })
      .prefault({}),
    rateLimit: z
      .strictObject({
        perMinute: z.int().min(1).max(100_000).default(120).describe("Requests per token per minute."),
      })
      .prefault({}),
  })
  .superRefine((api, ctx) => {
    const seen = new Set<string>();
    for (const [i, token] of api.tokens.entries()) {
      if (seen.has(token.name))
        ctx.addIssue({
          code: "custom",
          path: ["tokens", i, "name"],
          message: `duplicate token name "${token.name}"`,
        });
      seen.add(token.name);
      if (api.tokens.findIndex((t) => t.sha256 === token.sha256) !== i)
        ctx.addIssue({
          code: "custom",
          path: ["tokens", i, "sha256"],
          message: "the same token is listed twice",
        });
    }
  });

export type ApiConfig = z.output<typeof apiSchema>;
export type ApiToken = z.output<typeof apiTokenSchema>;
