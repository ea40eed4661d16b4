/**
 * Reads a Server-Sent Events body and yields the payload of each `data:` field. Multi-line data
 * fields are joined with "\n" as the SSE spec says; comments (":") and other fields are ignored.
 * Stops at `[DONE]` (OpenAI's end marker) or at the end of the stream.
 */
export async function* readSseData(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  const reader = body.getReader();
  let buffer = "";
  let data: string[] = [];
  try {
    for (;;) {
      const { value, done } = await reader.read();
      buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
      let newline = buffer.search(/\r?\n|\r/);
      while (newline >= 0) {
        const line = buffer.slice(0, newline);
        const sepLength = buffer.startsWith("\r\n", newline) ? 2 : 1;
        buffer = buffer.slice(newline + sepLength);
        if (line === "") {
          if (data.length > 0) {
            const payload = data.join("\n");
            data = [];
            if (payload.trim() === "[DONE]") return;
            yield payload;
          }
        } else if (line.startsWith("data:")) {
          data.push(line.slice(5).replace(/^ /, ""));
        }
        newline = buffer.search(/\r?\n|\r/);
      }
      if (done) break;
    }
    if (buffer.startsWith("data:")) data.push(buffer.slice(5).replace(/^ /, ""));
    if (data.length > 0) {
      const payload = data.join("\n");
      if (payload.trim() !== "[DONE]") yield payload;
    }
  } finally {
    // Frees the connection when we stop at [DONE] before the server closes the stream.
    await reader.cancel().catch(() => {});
  }
}
