import { z } from "zod";

/**
 * The `queue:` section (docs/scale.md): with `url`, `daybrief run` and the scheduler enqueue a day's
 * work on Redis (BullMQ) for `daybrief worker` processes; without it everything runs in process.
 */
export const queueSchema = z
  .strictObject({
    url: z
      .string()
      .regex(/^rediss?:\/\/\S+$/, "a redis://host:6379 (or rediss://) URL")
      .optional()
      .describe("Redis for the work queue (BullMQ); a password in it is redacted from logs."),
    prefix: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,40}$/, "letters, digits, _ and - (at most 40)")
      .default("daybrief")
      .describe("Key prefix of the queues in Redis (two installs may share one Redis)."),
    attempts: z
      .int()
      .min(1)
      .max(20)
      .default(5)
      .describe("Attempts per job, the first included (BullMQ retries with exponential backoff)."),
    backoffMs: z
      .int()
      .min(10)
      .max(3_600_000)
      .default(5_000)
      .describe("The first retry's delay; each later one doubles it."),
    lockMs: z
      .int()
      .min(500)
      .max(600_000)
      .default(30_000)
      .describe("A job's lock: a worker that died (kill -9) gives its job to another after about this long."),
    stepLockMs: z
      .int()
      .min(500)
      .max(3_600_000)
      .default(600_000)
      .describe(
        "The lock of the day's own steps (read-day, dedup, analyse-day, publish, deliver-day): CPU work that grows with the day, during which a worker cannot renew a lock.",
      ),
    hostRequestsPerMinute: z
      .int()
      .min(1)
      .max(100_000)
      .default(600)
      .describe(
        "Requests per minute to one host (feeds and pages), shared by every worker (hosts in fetch.hosts keep their own pacing).",
      ),
  })
  .prefault({});

export type QueueConfig = z.output<typeof queueSchema>;
