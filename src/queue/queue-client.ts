import { FlowProducer, Queue, QueueEvents } from "bullmq";
import { Redis } from "ioredis";
import type { QueueConfig } from "../config/index.ts";
import { QUEUE_NAMES, QUEUES, type QueueName } from "./job-names.ts";

/**
 * One Redis connection for commands. BullMQ's workers and event readers block on theirs, so they
 * get their own; `maxRetriesPerRequest: null` is what BullMQ requires of a worker's connection
 * (a command waits for Redis to come back instead of failing the job).
 */
export function openRedis(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, lazyConnect: false });
}

/** What a producer (`daybrief run`, the scheduler) holds: the queues, the flow producer, the day's events. */
export interface QueueClient {
  connection: Redis;
  prefix: string;
  queues: Record<QueueName, Queue>;
  flows: FlowProducer;
  /** Completions and failures on the `day` queue (a run waits for its last step). */
  dayEvents: QueueEvents;
  close(): Promise<void>;
}

export async function openQueueClient(queue: QueueConfig & { url: string }): Promise<QueueClient> {
  const connection = openRedis(queue.url);
  const prefix = queue.prefix;
  const queues = Object.fromEntries(
    QUEUE_NAMES.map((name) => [name, new Queue(name, { connection, prefix })]),
  ) as Record<QueueName, Queue>;
  const flows = new FlowProducer({ connection, prefix });
  // BullMQ never closes a connection it was given: each one here is closed by close().
  const eventsConnection = openRedis(queue.url);
  const dayEvents = new QueueEvents(QUEUES.day, { connection: eventsConnection, prefix });
  try {
    await dayEvents.waitUntilReady();
  } catch (error) {
    await closeAll();
    throw error;
  }
  async function closeAll() {
    await dayEvents.close();
    await flows.close();
    await Promise.all(Object.values(queues).map((q) => q.close()));
    eventsConnection.disconnect();
    connection.disconnect();
  }
  return { connection, prefix, queues, flows, dayEvents, close: closeAll };
}
