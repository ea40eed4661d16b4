import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { SMTPServer } from "smtp-server";
import { briefingBlocks } from "../render/briefing-blocks.ts";
import { deliverBriefing } from "./deliver-briefing.ts";
import { createEmailChannel } from "./email.ts";
import { writeFileAtomic } from "./files.ts";
import { fixtureBriefing, fixtureRendered } from "./testdata/briefing-fixture.ts";
import { createMemoryLog, recordingSleep } from "./testdata/memory-log.ts";
import { startWebhookReceiver } from "./testdata/receivers/webhook.ts";
import { createWebhookChannel } from "./webhook.ts";

const ctx = () => ({ fetch, now: () => new Date(), sleep: recordingSleep().sleep });
const run = (channels: Parameters<typeof deliverBriefing>[0]["channels"]) =>
  deliverBriefing(
    {
      briefing: fixtureBriefing,
      blocks: briefingBlocks(fixtureBriefing),
      rendered: fixtureRendered,
      channels,
      log: createMemoryLog(),
    },
    ctx(),
  );

test("email: one message with HTML and plain-text alternatives and the dated subject", async () => {
  const messages: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onAuth(auth, _session, cb) {
      if (auth.username === "bot" && auth.password === "smtp-PASS") cb(null, { user: "bot" });
      else cb(new Error("535 Authentication failed"));
    },
    onData(stream, _session, cb) {
      let raw = "";
      stream.on("data", (c: Buffer) => {
        raw += c.toString("utf8");
      });
      stream.on("end", () => {
        messages.push(raw);
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  try {
    const base = {
      host: "127.0.0.1",
      port,
      secure: false,
      ignoreTLS: true,
      from: "daybrief <bot@example.org>",
      to: ["reader@example.org"],
    };
    const ok = await run([
      {
        id: "mail",
        channel: createEmailChannel({ ...base, user: "bot", pass: "smtp-PASS" }),
        options: { mode: "full" },
      },
    ]);
    assert.equal(ok.channels[0]!.sent, 1);
    assert.equal(messages.length, 1);
    const raw = messages[0]!;
    const subjectLines = /^Subject: ([^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)/m.exec(raw)?.[1] ?? "";
    const subject = [...subjectLines.matchAll(/=\?UTF-8\?B\?([^?]*)\?=/gi)]
      .map((m) => Buffer.from(m[1]!, "base64"))
      .reduce((a, b) => Buffer.concat([a, b]), Buffer.alloc(0));
    assert.equal(subject.toString("utf8") || subjectLines, "AI 每日情报 | 2026-02-04");
    assert.match(raw, /multipart\/alternative/);
    assert.match(raw, /Content-Type: text\/plain/);
    assert.match(raw, /Content-Type: text\/html/);

    const bad = await run([
      {
        id: "mail",
        channel: createEmailChannel({ ...base, user: "bot", pass: "WRONG-smtp-pass" }),
        options: { mode: "full" },
      },
    ]);
    const reason = bad.channels[0]!.parts[0]!.reason ?? "";
    assert.match(reason, /535/);
    assert.ok(!reason.includes("WRONG-smtp-pass"));
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

test("webhook: the JSON output arrives signed as X-Daybrief-Signature, a wrong secret is refused", async () => {
  const r = await startWebhookReceiver("hook-secret");
  try {
    const ok = await run([
      {
        id: "hook",
        channel: createWebhookChannel({ url: r.url, secret: "hook-secret" }),
        options: { mode: "full" },
      },
    ]);
    assert.equal(ok.channels[0]!.sent, 1);
    assert.deepEqual(r.accepted, [fixtureRendered.json]);
    const bad = await run([
      {
        id: "hook",
        channel: createWebhookChannel({ url: r.url, secret: "nope" }),
        options: { mode: "full" },
      },
    ]);
    assert.match(bad.channels[0]!.parts[0]!.reason ?? "", /HTTP 401/);
    assert.ok(!(bad.channels[0]!.parts[0]!.reason ?? "").includes("token=WebhookSECRET"));
  } finally {
    await r.close();
  }
});

test("writeFileAtomic creates the folders and leaves the whole file, no temp file", async () => {
  const dir = await mkdtemp(join(tmpdir(), "daybrief-files-"));
  try {
    const path = join(dir, "2026/2026-02-04.md");
    await writeFileAtomic(path, fixtureRendered.markdown);
    await writeFileAtomic(path, fixtureRendered.markdown);
    assert.equal(await readFile(path, "utf8"), fixtureRendered.markdown);
    assert.deepEqual(await readdir(join(dir, "2026")), ["2026-02-04.md"]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
