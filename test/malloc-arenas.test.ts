import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { childEnv, DEPLOYED_MALLOC_ARENAS, runScaleOptions } from "../bench/run-scale-options.ts";
import { DEFAULT_HEAP_MB, DEFAULT_MALLOC_ARENAS, DEFAULT_SEMI_SPACE_MB, launchPlan } from "../bin/launch.mjs";

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), "utf8");

test("the Docker image and the systemd unit run the CLI with the MALLOC_ARENA_MAX the run-scale bench measures", () => {
  const setting = `MALLOC_ARENA_MAX=${DEPLOYED_MALLOC_ARENAS}`;
  assert.match(read("Dockerfile"), new RegExp(`^\\s+${setting}(?: \\\\)?$`, "m"));
  assert.match(read("deploy/daybrief.service"), new RegExp(`^Environment=.*\\b${setting}\\b`, "m"));
  // And a plain `daybrief run` (bin/launch.mjs) gets the same.
  assert.equal(DEFAULT_MALLOC_ARENAS, String(DEPLOYED_MALLOC_ARENAS));
});

test("the bench's children get MALLOC_ARENA_MAX as asked, and glibc's default with 0", () => {
  assert.equal(childEnv(2, { PATH: "/bin" }).MALLOC_ARENA_MAX, "2");
  assert.equal(childEnv(0, { PATH: "/bin", MALLOC_ARENA_MAX: "4" }).MALLOC_ARENA_MAX, undefined);
  assert.equal(childEnv(0, { PATH: "/bin" }).PATH, "/bin");
  assert.equal(runScaleOptions(["--malloc-arenas=0"], {}).mallocArenas, 0);
  assert.equal(runScaleOptions([], { DAYBRIEF_BENCH_MALLOC_ARENAS: "4" }).mallocArenas, 4);
  assert.equal(runScaleOptions([], {}).mallocArenas, undefined);
  assert.equal(runScaleOptions(["--launch=plain"], {}).launch, "plain");
  assert.equal(runScaleOptions([], {}).launch, undefined);
  assert.equal(runScaleOptions(["--semi-space=0"], {}).semiSpaceMb, 0);
  assert.equal(runScaleOptions([], { DAYBRIEF_BENCH_SEMI_SPACE_MB: "8" }).semiSpaceMb, 8);
});

test("the Docker image and the systemd unit set the CLI's heap and young-generation caps themselves, so no second process starts", () => {
  const cap = `--max-old-space-size=${DEFAULT_HEAP_MB} --max-semi-space-size=${DEFAULT_SEMI_SPACE_MB}`;
  assert.match(read("Dockerfile"), new RegExp(`^\\s+NODE_OPTIONS="${cap}"$`, "m"));
  assert.match(read("deploy/daybrief.service"), new RegExp(`^Environment="NODE_OPTIONS=${cap}"$`, "m"));
  const plan = launchPlan({
    argv: ["run"],
    env: { NODE_OPTIONS: cap, MALLOC_ARENA_MAX: DEFAULT_MALLOC_ARENAS },
    execArgv: [],
  });
  assert.ok(!plan, `with both set the CLI runs in place: ${JSON.stringify(plan)}`);
});
