import { createHash } from "node:crypto";

/** sha256 of the text with white space folded, so re-wrapped copies of one text hash alike. */
export function contentHash(text: string): string {
  const folded = text.normalize("NFKC").replace(/\s+/g, " ").trim();
  return createHash("sha256").update(folded).digest("hex");
}
