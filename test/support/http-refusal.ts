import assert from "node:assert/strict";
import { HttpError } from "../../src/errors.ts";

/** Awaits `promise` and asserts it was refused: an HttpError of `code`, not retryable, its reason matching. */
export async function refused(promise: Promise<unknown>, code: string, reason?: RegExp): Promise<HttpError> {
  let caught: unknown;
  await promise.then(
    () => assert.fail("expected a refusal"),
    (error) => {
      caught = error;
    },
  );
  assert.ok(caught instanceof HttpError, String(caught));
  assert.equal(caught.code, code, caught.message);
  assert.equal(caught.retryable, false);
  if (reason) assert.match(caught.reason ?? "", reason);
  return caught;
}
