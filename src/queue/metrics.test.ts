import assert from "node:assert/strict";
import { test } from "node:test";
import { createWorkerMetrics, renderMetrics } from "./metrics.ts";

// Prometheus's text format (0.0.4): `# HELP name text`, `# TYPE name gauge|counter`, then samples
// `name{label="value",…} number`, label values with \\, \" and \n escaped; a family's samples
// follow its TYPE line, and no family appears twice.
const SAMPLE =
  /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{([a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\[\\"n])*",?)*\})? (-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)$/;

function parse(text: string): Map<string, { type: string; samples: string[] }> {
  assert.ok(text.endsWith("\n"), "the exposition ends with a newline");
  const families = new Map<string, { type: string; samples: string[] }>();
  let current: string | undefined;
  for (const line of text.slice(0, -1).split("\n")) {
    const help = line.match(/^# HELP ([a-z_]+) .+$/);
    if (help) {
      assert.ok(!families.has(help[1]!), `family ${help[1]} twice`);
      current = help[1];
      continue;
    }
    const type = line.match(/^# TYPE ([a-z_]+) (gauge|counter)$/);
    if (type) {
      assert.equal(type[1], current, "TYPE follows its HELP");
      families.set(type[1]!, { type: type[2]!, samples: [] });
      continue;
    }
    const sample = line.match(SAMPLE);
    assert.ok(sample, `not a sample line: ${JSON.stringify(line)}`);
    assert.equal(sample[1], current, `sample ${line} outside its family`);
    families.get(current!)!.samples.push(line);
  }
  return families;
}

test("jobs by state per queue, LLM tokens and fetch errors, in Prometheus's text format", () => {
  const worker = createWorkerMetrics();
  worker.jobDone("analyse", "completed");
  worker.jobDone("analyse", "completed");
  worker.jobDone("read", "failed");
  worker.llmCall({ provider: "deepseek", ok: true, usage: { promptTokens: 1200, completionTokens: 300 } });
  worker.llmCall({ provider: "deepseek", ok: false });
  worker.fetchError("page");
  const text = renderMetrics({
    jobCounts: { analyse: { waiting: 3, active: 2, completed: 10 }, day: { "waiting-children": 1 } },
    worker,
    workers: 4,
  });
  const families = parse(text);
  assert.deepEqual(
    [...families.keys()],
    [
      "daybrief_queue_jobs",
      "daybrief_worker_jobs_total",
      "daybrief_llm_calls_total",
      "daybrief_llm_tokens_total",
      "daybrief_fetch_errors_total",
      "daybrief_queue_workers",
    ],
  );
  assert.equal(families.get("daybrief_queue_jobs")!.type, "gauge");
  assert.equal(families.get("daybrief_llm_tokens_total")!.type, "counter");
  const lines = new Set(text.split("\n"));
  for (const line of [
    'daybrief_queue_jobs{queue="analyse",state="waiting"} 3',
    'daybrief_queue_jobs{queue="analyse",state="active"} 2',
    'daybrief_queue_jobs{queue="analyse",state="failed"} 0',
    'daybrief_queue_jobs{queue="day",state="waiting-children"} 1',
    'daybrief_worker_jobs_total{queue="analyse",outcome="completed"} 2',
    'daybrief_worker_jobs_total{queue="read",outcome="failed"} 1',
    'daybrief_llm_calls_total{provider="deepseek",outcome="ok"} 1',
    'daybrief_llm_calls_total{provider="deepseek",outcome="error"} 1',
    'daybrief_llm_tokens_total{kind="prompt"} 1200',
    'daybrief_llm_tokens_total{kind="completion"} 300',
    'daybrief_fetch_errors_total{kind="feed"} 0',
    'daybrief_fetch_errors_total{kind="page"} 1',
    "daybrief_queue_workers 4",
  ])
    assert.ok(lines.has(line), `missing: ${line}\n${text}`);
  // Every state of every queue is written, zeros included (a dashboard's series never vanish).
  assert.equal(families.get("daybrief_queue_jobs")!.samples.length, 2 * 7);
});

test("label values are escaped: a provider id with a quote, a backslash or a newline stays one sample", () => {
  const worker = createWorkerMetrics();
  worker.llmCall({ provider: 'a"b\\c\nd', ok: true });
  const text = renderMetrics({ jobCounts: {}, worker });
  parse(text);
  assert.ok(text.includes('daybrief_llm_calls_total{provider="a\\"b\\\\c\\nd",outcome="ok"} 1'), text);
});
