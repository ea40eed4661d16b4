// Loads one corpus file the way daybrief would receive it: bytes decoded by the HTTP layer's rules
// (header charset, BOM, XML declaration), then parsed with a fixed URL and zone.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FeedParseError } from "../../src/errors.ts";
import { decodeBody } from "../../src/http/decode-body.ts";
import { parseFeed } from "../../src/sources/parse-feed.ts";

export type Outcome =
  | { status: "pass" }
  | { status: "fail"; reason: string }
  | { status: "na"; reason: string };

const TZ = "UTC";

export function loadCase(root: string, file: string, headers?: Record<string, string>) {
  const bytes = readFileSync(join(root, file));
  const decoded = decodeBody(bytes, headers?.["Content-type"] ?? headers?.["Content-Type"]);
  const url = `http://127.0.0.1:8097/tests/${file}`;
  try {
    return { decoded, feed: parseFeed(decoded.text, { url, timeZone: TZ }) };
  } catch (error) {
    if (error instanceof FeedParseError) return { decoded, error };
    throw error;
  }
}
