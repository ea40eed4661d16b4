// Repairs text that went through a wrong windows-1252 decode upstream (common with Chinese feeds).
import { windows1252Char } from "../http/index.ts";

const TO_BYTE = new Map<string, number>();
for (let b = 0x80; b < 0xa0; b++) {
  const c = windows1252Char(b);
  if (c) TO_BYTE.set(c, b);
}

/**
 * Undoes UTF-8 that was decoded as windows-1252/latin1 ("ä¸­æ–‡" → "中文", "â€¦" → "…"). Only when
 * every character maps back to one byte and those bytes are valid UTF-8 with multi-byte sequences;
 * anything else is returned untouched, so ordinary accented text is safe.
 */
export function repairMojibake(text: string): string {
  if (!/[\u00c2-\u00f4][\u0080-\u00bf\u0152-\u2122]/.test(text)) return text;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const byte = code <= 0xff ? code : TO_BYTE.get(text[i] ?? "");
    if (byte === undefined) return text;
    bytes[i] = byte;
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return text;
  }
}
