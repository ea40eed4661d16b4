import { z } from "zod";

/**
 * The `publish:` section (docs/review.md): whether a run publishes at once or stops at a draft an
 * editor reviews first, and what happens to a draft nobody reviewed in time.
 */
export const publishSchema = z
  .strictObject({
    review: z
      .boolean()
      .default(false)
      .describe(
        "Stop each run at a draft: no files, no channels until an editor publishes it (/review/DATE, `daybrief review`).",
      ),
    reviewDeadline: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a local time "HH:MM", e.g. "09:30"')
      .optional()
      .describe(
        "Local time (config timezone) by which a draft should be reviewed: the first HH:MM after the draft was made. Absent: no deadline.",
      ),
    onDeadline: z
      .enum(["publish", "wait"])
      .default("wait")
      .describe(
        'A draft past its deadline: publish (the scheduler publishes it as it stands, recorded as by "deadline") or wait.',
      ),
  })
  .describe("Review before publish (docs/review.md).");

export type PublishConfig = z.output<typeof publishSchema>;
