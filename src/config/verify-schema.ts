import { z } from "zod";

/**
 * The `verify:` section. policy: what happens to a bullet with a figure or name the article lacks
 * (drop it, mark it ⚠️, or let the LLM repair it once). online: also check that arXiv ids resolve
 * and GitHub / Hugging Face repositories exist (an unreachable check keeps the link).
 */
export const verifySchema = z.strictObject({
  policy: z.enum(["drop", "mark", "repair"]).default("drop"),
  online: z.boolean().default(false),
  onlineTimeoutMs: z.int().min(100).max(60_000).default(5000),
});

export type VerifyConfig = z.output<typeof verifySchema>;
