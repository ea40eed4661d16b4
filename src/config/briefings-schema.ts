import { z } from "zod";

/**
 * The `briefings:` section: several briefings per install ("profiles", issue 16), each with its own
 * sources (ids or tags), title, ★ threshold, prompts, channels and output folder, over one shared
 * article store. Without the section the install has one briefing, `default`, built from the
 * top-level `briefing`, `channels` and `output` exactly as before.
 */
export const briefingProfileSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, "use lowercase letters, digits, - and _ (it names the briefing)")
    .describe("Stable id: stored with the briefing, used by `--briefing`, `/b/<id>/` and job ids."),
  title: z.string().min(1).optional().describe("Default: briefing.title."),
  minStars: z
    .int()
    .min(1)
    .max(5)
    .optional()
    .describe("Entries below this ★ are left out; default briefing.minStars."),
  sources: z
    .array(z.string().min(1))
    .optional()
    .describe(
      "Ids of the sources this briefing reads (with sourceTags: either matches); default every source.",
    ),
  sourceTags: z
    .array(z.string().trim().min(1))
    .optional()
    .describe("Sources with any of these tags (e.g. OPML folders) belong to the briefing."),
  channels: z
    .array(z.string().min(1))
    .optional()
    .describe("Ids of the channels (top-level `channels`) it is sent to; default every channel; [] none."),
  prompts: z
    .strictObject({ analyse: z.string().optional(), rubric: z.string().optional() })
    .optional()
    .describe(
      "Its own analyse/rubric prompt files (needs `llm`); its articles are analysed again with them.",
    ),
  output: z
    .strictObject({
      dir: z.string().min(1).optional().describe("Default: output.dir/<id> (`default`: output.dir)."),
      siteUrl: z.url().optional().describe("Default: output.siteUrl + <id>/."),
    })
    .optional(),
});

export const briefingsSchema = z
  .array(briefingProfileSchema)
  .min(1, "define at least one briefing, or leave `briefings` out for the single default one")
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((b, i) => {
      if (seen.has(b.id))
        ctx.addIssue({ code: "custom", path: [i, "id"], message: `duplicate briefing id "${b.id}"` });
      seen.add(b.id);
    });
  });

export type BriefingProfile = z.output<typeof briefingProfileSchema>;
