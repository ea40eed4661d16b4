import assert from "node:assert/strict";
import { test } from "node:test";
import { readSseData } from "./read-sse.ts";

function streamOf(...chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const c of chunks) controller.enqueue(encoder.encode(c));
      controller.close();
    },
  });
}

test("data lines split across chunks, CRLF, comments and multi-line data; stops at [DONE]", async () => {
  const body = streamOf(
    ': keep-alive\r\n\r\ndata: {"a"',
    ":1}\r\n\r\ndata: line1\ndata: line2\n\nevent: x\ndata: 3\n\n",
    "data: [DONE]\n\ndata: after\n\n",
  );
  const seen: string[] = [];
  for await (const payload of readSseData(body)) seen.push(payload);
  assert.deepEqual(seen, ['{"a":1}', "line1\nline2", "3"]);
});

test("a last event without the blank line is still delivered", async () => {
  const seen: string[] = [];
  for await (const payload of readSseData(streamOf("data: tail"))) seen.push(payload);
  assert.deepEqual(seen, ["tail"]);
});
