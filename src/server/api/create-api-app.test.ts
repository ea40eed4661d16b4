/**
 * The HTTP API end to end, one suite in one process (so the contract test at the end sees every
 * response): the tests live in test/api-app/ by topic and run here in this order.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { apiAccessTests } from "../../../test/api-app/access.ts";
import { apiReadTests } from "../../../test/api-app/reads.ts";
import { apiReviewTests } from "../../../test/api-app/review.ts";
import { apiRunTests } from "../../../test/api-app/runs.ts";
import { call, day, deps, openApiSuite, seen } from "../../../test/api-app/suite.ts";
import { checkResponse, operationPath } from "../../../test/support/openapi-contract.ts";
import { createApiApp } from "./create-api-app.ts";

openApiSuite();
apiAccessTests();
apiReadTests();
apiRunTests();
apiReviewTests();

test("contract: every response above validates against the generated OpenAPI document", async () => {
  const doc = (await call("/openapi.json", { token: null })).body;
  assert.ok(seen.length > 50, `responses seen: ${seen.length}`);
  // Unknown routes (notFound's 404) and event streams have no schema to check.
  const checked = seen.filter((r) => r.mediaType !== "text/event-stream" && operationPath(doc, r.path));
  const problems = checked.flatMap((r) => checkResponse(doc, r, r));
  assert.deepEqual(problems, []);
  // Every operation answered at least once with success.
  const ok = new Set(
    seen
      .filter((r) => r.status < 300)
      .map((r) => `${r.method} ${r.path.replace(/\/(\d{4}-\d{2}-\d{2}|\d+)(?=\/|$)/g, "/{}")}`),
  );
  const ops = Object.entries(doc.paths).flatMap(([p, item]) =>
    Object.keys(item as object).map((m) => `${m.toUpperCase()} ${p.replace(/\{[^}]+\}/g, "{}")}`),
  );
  assert.deepEqual(
    ops.filter((o) => !ok.has(o)),
    [],
  );
});

test("an unexpected failure is a 500 internal problem that says nothing of it; the log gets it redacted", async () => {
  const logged: object[] = [];
  const logger = {
    debug() {},
    info() {},
    warn() {},
    error(data: object) {
      logged.push(data);
    },
    child() {
      return logger;
    },
  };
  const broken = new Proxy(day.store, {
    get(target, key, receiver) {
      if (key === "listRuns")
        return () => {
          throw new Error("disk on fire, key sk-abcdefghijklmnopqrstu");
        };
      const value = Reflect.get(target, key, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  const failing = createApiApp({ ...deps, logger, query: { store: broken, config: day.config } });
  const { res, body } = await call("/runs", { on: failing });
  assert.equal(res.status, 500);
  assert.equal(body.code, "internal");
  assert.doesNotMatch(JSON.stringify(body), /disk on fire|sk-/);
  assert.equal(logged.length, 1);
  assert.match(JSON.stringify(logged[0]), /disk on fire, key sk-\*\*\*/);
});
