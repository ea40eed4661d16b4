import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { describe, it } from "node:test";
import { createLogger, formatLogLine, selectLogFormat } from "./log.ts";

describe("formatLogLine", () => {
  it("one readable line: level, stage, source, message, short reason", () => {
    assert.equal(
      formatLogLine({
        level: 40,
        time: 1,
        stage: "collect",
        source_id: "qbitai",
        url: "https://x/feed",
        reason: "server",
        err: "HTTP 500",
        msg: "feed failed",
      }),
      "WARN   collect  qbitai  feed failed — server  (url=https://x/feed)",
    );
    assert.equal(
      formatLogLine({ level: 50, article_id: 7, err: "line one\nline two", msg: "analysis failed" }),
      "ERROR  article 7  analysis failed — line one",
    );
    const long = formatLogLine({ level: 30, msg: "m", err: "x".repeat(500) });
    assert.ok(long.length < 200 && long.endsWith("…"), long);
  });
});

describe("selectLogFormat", () => {
  it("text on a terminal, JSON elsewhere, DAYBRIEF_LOG_FORMAT wins", () => {
    assert.equal(selectLogFormat(true, undefined), "text");
    assert.equal(selectLogFormat(false, undefined), "json");
    assert.equal(selectLogFormat(undefined, ""), "json");
    assert.equal(selectLogFormat(true, "json"), "json");
    assert.equal(selectLogFormat(false, "text"), "text");
    assert.equal(selectLogFormat(true, "yaml"), "text");
  });
});

class Sink extends Writable {
  text = "";
  isTTY = true;
  override _write(chunk: Buffer, _e: BufferEncoding, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

describe("createLogger", () => {
  it("text format: readable lines that clear the progress line; every line redacted", () => {
    const sink = new Sink();
    const log = createLogger({
      destination: sink,
      format: "text",
      redact: (s) => s.replaceAll("tok-9", "***"),
    });
    log
      .child({ stage: "deliver" })
      .warn({ channel: "feishu", err: "HTTP 403 for /hook/tok-9" }, "part failed");
    assert.equal(sink.text, "\r\x1b[2KWARN   deliver  feishu  part failed — HTTP 403 for /hook/***\n");
  });

  it("json format: pino lines, redacted", () => {
    const sink = new Sink();
    createLogger({ destination: sink, format: "json", redact: (s) => s.replaceAll("tok-9", "***") }).warn(
      { err: "tok-9" },
      "m",
    );
    const record = JSON.parse(sink.text);
    assert.equal(record.err, "***");
    assert.equal(record.level, 40);
  });
});
