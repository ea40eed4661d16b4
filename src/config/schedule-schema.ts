/**
 * The `schedule:` and `health:` sections of the config. Cron times are read in the top-level
 * `timezone` (default Asia/Shanghai), not in the machine's zone.
 */
import { Cron } from "croner";
import { z } from "zod";

/** True when croner can parse the expression (5 fields: minute hour day month weekday, or 6 with seconds). */
function isValidCron(expression: string): boolean {
  try {
    new Cron(expression, { paused: true, mode: "5-or-6-parts" });
    return true;
  } catch {
    return false;
  }
}

export const scheduleJobSchema = z.strictObject({
  name: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, "use lowercase letters, digits, - and _ (it names the job's runs)")
    .describe("Job name; runs are recorded as command `schedule:<name>`."),
  cron: z
    .string()
    .trim()
    .refine(isValidCron, 'not a cron expression (5 fields: minute hour day month weekday, e.g. "0 21 * * *")')
    .describe("When to run, in the configured timezone."),
  dateOffset: z
    .union([z.literal(0), z.literal(-1)])
    .default(0)
    .describe("Which day to build: 0 the day the job fires on, -1 the day before (a 00:30 catch-up)."),
  kind: z
    .enum(["briefing", "update"])
    .default("briefing")
    .describe("briefing: the day's briefing; update: add late articles and send only what is new."),
  briefings: z
    .array(z.string().min(1))
    .min(1)
    .optional()
    .describe("Only these briefings (ids of config `briefings`), each on its own schedule; default all."),
});

export const DEFAULT_SCHEDULE_JOBS = [
  { name: "briefing", cron: "0 21 * * *", dateOffset: 0, kind: "briefing" },
] as const satisfies readonly z.input<typeof scheduleJobSchema>[];

export const scheduleSchema = z.strictObject({
  jobs: z
    .array(scheduleJobSchema)
    .min(1, "add at least one job, or leave `schedule.jobs` out for the 21:00 default")
    .default(() => DEFAULT_SCHEDULE_JOBS.map((job) => ({ ...job })))
    .superRefine(
      (jobs, ctx) => {
        const seen = new Set<string>();
        jobs.forEach((job, i) => {
          const name = (job as { name?: unknown } | undefined)?.name;
          if (typeof name !== "string") return;
          if (seen.has(name))
            ctx.addIssue({ code: "custom", path: [i, "name"], message: `duplicate job name "${name}"` });
          seen.add(name);
        });
      },
      { when: (payload) => Array.isArray(payload.value) },
    ),
  catchUpOnStart: z
    .boolean()
    .default(true)
    .describe("On start, run a job whose time already passed today when it has no successful run yet."),
});

export const healthSchema = z.strictObject({
  failAfter: z
    .int()
    .min(1)
    .max(100)
    .default(3)
    .describe("Flag a source after this many failed fetches in a row."),
  staleAfterDays: z
    .int()
    .min(1)
    .max(365)
    .default(3)
    .describe("Flag a source that answers but brought no new article for this many days."),
  alertChannel: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]*$/, "a channel id from `channels`")
    .optional()
    .describe("Channel id that receives source alerts and recoveries (once each)."),
});

export type ScheduleConfig = z.output<typeof scheduleSchema>;
export type ScheduleJobConfig = z.output<typeof scheduleJobSchema>;
export type HealthConfig = z.output<typeof healthSchema>;
