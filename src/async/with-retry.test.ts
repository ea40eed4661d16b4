import assert from "node:assert/strict";
import { test } from "node:test";
import { backoffDelay, type RetryOptions, withRetry } from "./with-retry.ts";

/** A failure as our errors carry it: whether to retry, and the server's wait. */
class Flaky extends Error {
  constructor(
    readonly retryable: boolean,
    readonly retryAfterMs?: number,
  ) {
    super(retryable ? "try again" : "final");
  }
}

function recorder(extra: Partial<RetryOptions> = {}) {
  const waits: number[] = [];
  const options: RetryOptions = {
    attempts: 4,
    baseDelayMs: 100,
    maxDelayMs: 1000,
    jitter: 0,
    sleep: async (ms) => {
      waits.push(ms);
    },
    ...extra,
  };
  return { waits, options };
}

test("a retryable failure is tried `attempts` times in all, then its last error is thrown as it came", async () => {
  const { waits, options } = recorder();
  const seen: number[] = [];
  const errors: Flaky[] = [];
  const thrown = await withRetry(async (attempt) => {
    seen.push(attempt);
    const e = new Flaky(true);
    errors.push(e);
    throw e;
  }, options).catch((e: unknown) => e);
  assert.deepEqual(seen, [1, 2, 3, 4]);
  assert.equal(thrown, errors[3]);
  assert.deepEqual(waits, [100, 200, 400]);
});

test("success after failures returns the value; attempts: 1 means no retry", async () => {
  const { waits, options } = recorder();
  let n = 0;
  const value = await withRetry(async () => {
    if (++n < 3) throw new Flaky(true);
    return "ok";
  }, options);
  assert.equal(value, "ok");
  assert.equal(n, 3);
  assert.deepEqual(waits, [100, 200]);
  let once = 0;
  await assert.rejects(
    withRetry(
      async () => {
        once++;
        throw new Flaky(true);
      },
      { ...options, attempts: 1 },
    ),
  );
  assert.equal(once, 1);
});

test("a non-retryable failure, or a plain Error, passes through at once", async () => {
  const { waits, options } = recorder();
  const final = new Flaky(false);
  let calls = 0;
  await assert.rejects(
    withRetry(async () => {
      calls++;
      throw final;
    }, options),
    (e) => e === final,
  );
  await assert.rejects(
    withRetry(async () => {
      calls++;
      throw new TypeError("a bug is not retried");
    }, options),
    TypeError,
  );
  assert.equal(calls, 2);
  assert.deepEqual(waits, []);
});

test("retryIf decides instead of the error; onRetry sees each failure and its wait", async () => {
  const events: { attempt: number; delayMs: number }[] = [];
  const { options } = recorder({
    retryIf: (error) => error instanceof RangeError,
    onRetry: ({ attempt, delayMs }) => events.push({ attempt, delayMs }),
  });
  let n = 0;
  await assert.rejects(
    withRetry(async () => {
      n++;
      throw n < 3 ? new RangeError("retry me") : new TypeError("stop");
    }, options),
    TypeError,
  );
  assert.deepEqual(events, [
    { attempt: 1, delayMs: 100 },
    { attempt: 2, delayMs: 200 },
  ]);
});

test("full jitter: every delay lies in [0, min(cap, base·2^n)], and spreads over it", () => {
  const backoff = { baseDelayMs: 100, maxDelayMs: 1000 };
  for (let retry = 1; retry <= 8; retry++) {
    const ceiling = Math.min(1000, 100 * 2 ** (retry - 1));
    assert.equal(
      backoffDelay(retry, backoff, undefined, () => 0),
      0,
    );
    assert.equal(
      backoffDelay(retry, backoff, undefined, () => 0.999999),
      ceiling,
    );
    const draws = Array.from({ length: 200 }, (_, i) =>
      backoffDelay(retry, backoff, undefined, () => i / 200),
    );
    for (const d of draws) assert.ok(d >= 0 && d <= ceiling, `retry ${retry}: ${d} outside [0, ${ceiling}]`);
    assert.ok(draws.some((d) => d < ceiling / 4) && draws.some((d) => d > (3 * ceiling) / 4));
  }
  // A share of jitter keeps the rest fixed: jitter 0.5 draws from [ceiling/2, ceiling].
  assert.equal(
    backoffDelay(3, { ...backoff, jitter: 0.5 }, undefined, () => 0),
    200,
  );
  assert.equal(
    backoffDelay(3, { ...backoff, jitter: 0.5 }, undefined, () => 0.5),
    300,
  );
  assert.equal(
    backoffDelay(3, { ...backoff, jitter: 0 }, undefined, () => 0.9),
    400,
  );
});

test("the wait uses the injected dice", async () => {
  const { waits, options } = recorder({ jitter: 1, random: () => 0.25 });
  await assert.rejects(
    withRetry(async () => {
      throw new Flaky(true);
    }, options),
  );
  assert.deepEqual(waits, [25, 50, 100]);
});

test("Retry-After wins over backoff, up to its cap (maxRetryAfterMs, else maxDelayMs)", async () => {
  const asks = [2500, 60_000, 0];
  const run = async (extra: Partial<RetryOptions>) => {
    const { waits, options } = recorder({ attempts: 4, ...extra });
    let n = 0;
    await assert.rejects(
      withRetry(async () => {
        throw new Flaky(true, asks[n++]);
      }, options),
    );
    return waits;
  };
  assert.deepEqual(await run({ maxDelayMs: 5000 }), [2500, 5000, 0]);
  assert.deepEqual(await run({ maxDelayMs: 1000, maxRetryAfterMs: 10_000 }), [2500, 10_000, 0]);
  // Jitter never touches a server's wait.
  assert.deepEqual(await run({ maxDelayMs: 5000, jitter: 1, random: () => 0 }), [2500, 5000, 0]);
});

test("an abort during the wait ends it at once with the caller's reason; no further attempt", async () => {
  const controller = new AbortController();
  let calls = 0;
  const started = Date.now();
  const pending = withRetry(
    async () => {
      calls++;
      setTimeout(() => controller.abort(new Error("stopped by caller")), 20);
      throw new Flaky(true);
    },
    // The real sleep (node:timers/promises): a 10 s wait the abort must cut short.
    { attempts: 3, baseDelayMs: 10_000, maxDelayMs: 10_000, jitter: 0, signal: controller.signal },
  );
  await assert.rejects(pending, /stopped by caller/);
  assert.equal(calls, 1);
  assert.ok(Date.now() - started < 5_000, "the wait was cut short");
});

test("a failure while the signal is aborted is thrown as it came, without a wait", async () => {
  const { waits, options } = recorder();
  const controller = new AbortController();
  const error = new Flaky(true);
  let calls = 0;
  await assert.rejects(
    withRetry(
      async () => {
        calls++;
        controller.abort(new Error("cancelled"));
        throw error;
      },
      { ...options, signal: controller.signal },
    ),
    (e) => e === error,
  );
  assert.equal(calls, 1);
  assert.deepEqual(waits, []);
});
