import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";

export function text(body: string): CallToolResult {
  return { content: [{ type: "text", text: body }] };
}

/** A tool's refusal or a miss, as the model should read it (not a protocol error). */
export function toolError(message: string): CallToolResult {
  return { content: [{ type: "text", text: message }], isError: true };
}
