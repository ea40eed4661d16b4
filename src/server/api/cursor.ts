import { ApiProblem } from "./problem.ts";

/**
 * Opaque page cursors: base64url JSON that says where the next page starts, and for which request
 * (`for`), so a cursor taken to another query is refused instead of paging something else.
 */
export function encodeCursor(value: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(value), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string, forRequest: string): Record<string, string | number> {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    value = undefined;
  }
  if (typeof value !== "object" || value === null || (value as { for?: unknown }).for !== forRequest)
    throw new ApiProblem(
      "invalid_request",
      "cursor 无效或不属于此查询 (the cursor is not valid for this request)",
      [{ path: "cursor", message: "not a cursor this request returned" }],
    );
  return value as Record<string, string | number>;
}
