import { z } from "zod";

/**
 * The one schema every entry satisfies, whoever wrote it (offline analyser, LLM, fixtures).
 * The LLM's JSON is validated against it; the JSON output documents it.
 */
const text = z.string().trim().min(1);

export const bulletSchema = z.object({
  label: z.string().trim().min(1).optional(),
  text: z.string().trim(),
  children: z
    .array(
      z.object({
        label: z.string().trim().min(1).optional(),
        text: text,
        evidence: z.string().optional(),
        flagged: z.boolean().optional(),
      }),
    )
    .optional(),
  evidence: z.string().optional(),
  flagged: z.boolean().optional(),
});

export const sectionSchema = z.object({
  lead: z.string().trim().min(1).optional(),
  bullets: z.array(bulletSchema),
});

export const resourceSchema = z.object({
  label: text,
  url: z.url({ protocol: /^https?$/ }),
  title: z.string().trim().min(1).optional(),
});

export const entrySchema = z.object({
  org: text,
  title: text,
  stars: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
  tags: z.array(text).max(8),
  summary: text,
  core: sectionSchema,
  results: sectionSchema,
  insights: sectionSchema,
  resources: z.array(resourceSchema),
});

export type EntryInput = z.input<typeof entrySchema>;
