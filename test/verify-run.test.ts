import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import { stubLlmConfig } from "../src/cli/commands/demo.ts";
import { type DemoServer, startDemoServer } from "../src/demo/index.ts";
import { type LlmStub, type RecordedRequest, startLlmStub } from "../src/demo/llm-stub.ts";
import { readEntries, readFooter } from "./support/briefing-layout.ts";
import { baseConfig, createHarness, DEMO_DAY, type Harness, outputPath } from "./support/cli-harness.ts";

// An LLM that writes entries on the article's real title and sentences, plus three planted errors.
const PLANTED = {
  repo: "https://github.com/unrelated-org/unrelated-repo",
  figure: "准确率提升 37.5%",
  org: "北极星实验室",
};

function userText(request: RecordedRequest): { system: string; user: string } {
  const messages: { role: string; content: string }[] = request.body.messages ?? [];
  return {
    system: messages.find((m) => m.role === "system")?.content ?? "",
    user: messages.filter((m) => m.role === "user").at(-1)?.content ?? "",
  };
}

function plantedEntry(user: string) {
  const title = user.match(/^标题[:：]\s*(.+)$/m)?.[1]?.trim() ?? "未命名";
  const body = user.split(/^正文[:：]\s*$/m)[1] ?? "";
  const sentences = body
    .split(/(?<=[。！？])|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 12 && !/https?:|\d/.test(s));
  const real = (s: string | undefined) => ({ label: "要点", text: s ?? title, evidence: s ?? title });
  return {
    org: PLANTED.org,
    title,
    stars: 4,
    tags: ["AI"],
    summary: sentences[0] ?? title,
    core: { bullets: [real(sentences[1]), real(sentences[2])] },
    results: { bullets: [{ label: "效果", text: PLANTED.figure, evidence: PLANTED.figure }] },
    insights: { lead: "原文未提供", bullets: [] },
    resources: [{ label: "GitHub 代码", url: PLANTED.repo }],
  };
}

let stub: LlmStub;
let server: DemoServer;
let h: Harness;
let run: Awaited<ReturnType<Harness["run"]>>;

before(async () => {
  stub = await startLlmStub({
    script: (request) => {
      const { system, user } = userText(request);
      return system.includes('"insights"') ? { json: plantedEntry(user) } : { auto: true };
    },
  });
  server = await startDemoServer({ allowOrigins: [stub.baseUrl] });
  h = createHarness({ fetch: server.fetch });
  h.writeConfig(baseConfig(server.sources, { llm: stubLlmConfig(stub.baseUrl) }));
  run = await h.run(["run", "--date", DEMO_DAY, "-q"]);
});

after(async () => {
  await server?.close();
  await stub?.close();
  h?.cleanup();
});

test("the planted link, figure and org never reach the published Markdown or JSON", () => {
  assert.equal(run.code, 0, run.stderr);
  const md = readFileSync(outputPath(h.dir, DEMO_DAY, "md"), "utf8");
  const json = readFileSync(outputPath(h.dir, DEMO_DAY, "json"), "utf8");
  const entries = readEntries(md);
  assert.ok(entries.length > 5, "the entries themselves survive");
  const titles = new Set(server.manifest.items.map((i) => i.title));
  for (const e of entries) assert.ok(titles.has(e.title), `${e.title} is a real article title`);
  for (const planted of [PLANTED.repo, "unrelated-org", "37.5", PLANTED.org]) {
    assert.ok(!md.includes(planted), `Markdown contains ${planted}`);
    assert.ok(!json.includes(planted), `JSON contains ${planted}`);
  }
});

test("the footer's 核验 line counts the dropped claims", () => {
  const footer = readFooter(readFileSync(outputPath(h.dir, DEMO_DAY, "md"), "utf8"));
  const m = footer.match(/\*\*核验\*\*：检查 (\d+) 条论断 · 有据 (\d+) · 删除 (\d+) · 标记 (\d+)/);
  assert.ok(m, footer);
  const [, checked, supported, dropped] = m.map(Number);
  // Three planted claims per entry, each dropped (the planted figure's quote is counted too).
  const entries = readEntries(readFileSync(outputPath(h.dir, DEMO_DAY, "md"), "utf8")).length;
  assert.ok(dropped! >= 3 * entries, `at least three dropped per entry: ${m[0]}`);
  assert.ok(supported! + dropped! <= checked!);
});

test("verify --date exits 1 and prints each unsupported claim with its reason", async () => {
  const verify = await h.run(["verify", "--date", DEMO_DAY]);

  assert.equal(verify.code, 1, verify.stderr);
  const unsupported = verify.stdout.split("\n").filter((l) => l.includes("\tunsupported ("));
  const find = (kind: string, value: string) =>
    unsupported.filter((l) => l.startsWith(`${kind}\t${value}\t`));
  const articles = verify.stdout.split("\n").filter((l) => l.startsWith("# ")).length;
  assert.ok(articles > 5);
  const planted = [
    ["link", PLANTED.repo],
    ["figure", "37.5%"],
    ["org", PLANTED.org],
  ] as const;
  for (const [kind, value] of planted) {
    const lines = find(kind, value);
    assert.equal(lines.length, articles, `${value} reported once per article`);
    for (const line of lines) assert.ok((line.split("\t")[4] ?? "").length > 0, `a reason: ${line}`);
  }
  assert.match(find("org", PLANTED.org)[0]!, /北极星实验室 is not named in the article$/);
  assert.match(find("figure", "37.5%")[0]!, /37\.5% does not occur in the article$/);
  assert.match(find("link", PLANTED.repo)[0]!, /unrelated-org\/unrelated-repo is not linked or named/);
  assert.match(verify.stdout, /\d+ claims, \d+ supported, [1-9]\d* unsupported/);
  // Each entry's ★ check: the analyser's ★, the one published, and the band the signals allow.
  const stars = verify.stdout
    .split("\n")
    .filter((l) => /^ {2}stars ★[1-5] → ★[1-5] \(signals allow ★[1-5]–★[1-5]\)$/.test(l));
  assert.equal(stars.length, articles, verify.stdout);
});

/** For each entry of the day's JSON, the "  counts: …" line `verify --date` printed for its analysis. */
async function assertVerifyCountsMatch(harness: Harness): Promise<number> {
  const verify = await harness.run(["verify", "--date", DEMO_DAY]);
  const json = JSON.parse(readFileSync(outputPath(harness.dir, DEMO_DAY, "json"), "utf8")) as {
    entries: {
      url: string;
      analyser: { name: string };
      verification?: { checked: number; supported: number; dropped: number; marked: number };
    }[];
  };
  // One block per analysis: "# title (analyser) url", its claims, then "  counts: …".
  const blocks = verify.stdout.split(/^# /m).slice(1);
  for (const e of json.entries) {
    const block = blocks.find((b) => b.split("\n")[0]!.includes(`(${e.analyser.name}) ${e.url}`));
    assert.ok(block, `verify printed ${e.analyser.name} for ${e.url}`);
    const m = block.match(/^ {2}counts: checked (\d+), supported (\d+), dropped (\d+), marked (\d+)/m);
    assert.ok(m, block);
    const [, checked, supported, dropped, marked] = m.map(Number);
    const v = e.verification;
    assert.deepEqual(
      { checked, supported, dropped, marked },
      { checked: v?.checked, supported: v?.supported, dropped: v?.dropped, marked: v?.marked },
      e.url,
    );
  }
  return json.entries.length;
}

test("verify --date prints, for every published entry, the counts the briefing published", async () => {
  assert.ok((await assertVerifyCountsMatch(h)) > 5);
});

test("offline entries too: the publisher (account, else the configured source name) is one and the same", async () => {
  // Offline entries name the publisher as org for its own pieces: the evidence's publisher decides.
  const offline = createHarness({ fetch: server.fetch });
  try {
    offline.writeConfig(baseConfig(server.sources));
    const r = await offline.run(["run", "--date", DEMO_DAY, "-q"]);
    assert.equal(r.code, 0, r.stderr);
    assert.ok((await assertVerifyCountsMatch(offline)) > 5);
  } finally {
    offline.cleanup();
  }
});
