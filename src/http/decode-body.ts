/**
 * Turns response bytes into text. Order of evidence: a byte order mark (bytes cannot lie), the HTTP
 * Content-Type charset, UTF-16/32 byte patterns of "<?", the XML declaration's encoding=, then an
 * HTML <meta charset> / http-equiv. Without any label: UTF-8 when the bytes are valid UTF-8, else
 * GB18030 when the high bytes pair up like Chinese text (our feeds are mostly Chinese), else
 * windows-1252.
 */

export interface DecodedBody {
  text: string;
  /** The encoding actually used, as TextDecoder names it (e.g. "utf-8", "gbk", "big5", "utf-32le"). */
  charset: string;
}

import { fixWindows1252 } from "./windows-1252.ts";

const LATIN1 = new TextDecoder("latin1");

export function decodeBody(bytes: Uint8Array, contentType?: string): DecodedBody {
  const bom = sniffBom(bytes);
  if (bom) return decodeWith(bytes.subarray(bom.length), bom.charset);

  const header = charsetFromContentType(contentType);
  if (header) {
    const decoded = tryDecode(bytes, header);
    if (decoded) return decoded;
  }

  const wide = sniffWideXml(bytes);
  if (wide) return decodeWith(bytes, wide);

  const head = LATIN1.decode(bytes.subarray(0, 2048));
  const declared = charsetFromXmlDeclaration(head) ?? charsetFromMeta(head);
  // A declaration read through ASCII cannot truthfully claim a 16/32-bit encoding.
  if (declared && !/^(utf-?16|utf-?32|ucs-?2|ucs-?4)/i.test(declared)) {
    const decoded = tryDecode(bytes, declared);
    if (decoded) return decoded;
  }
  return guessDecode(bytes);
}

export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const m = contentType ? /;\s*charset\s*=\s*["']?([^"';\s]+)["']?/i.exec(contentType) : null;
  return m?.[1]?.trim().toLowerCase();
}

function charsetFromXmlDeclaration(head: string): string | undefined {
  const m = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return m?.[1]?.toLowerCase();
}

function charsetFromMeta(head: string): string | undefined {
  const direct = /<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._:-]+)/i.exec(head);
  return direct?.[1]?.toLowerCase();
}

function sniffBom(bytes: Uint8Array): { charset: string; length: number } | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { charset: "utf-8", length: 3 };
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return { charset: "utf-32le", length: 4 };
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return { charset: "utf-32be", length: 4 };
  if (a === 0xff && b === 0xfe) return { charset: "utf-16le", length: 2 };
  if (a === 0xfe && b === 0xff) return { charset: "utf-16be", length: 2 };
  return undefined;
}

/** "<?" or "<" encoded in UTF-16/32 without a BOM (XML 1.0 appendix F). */
function sniffWideXml(bytes: Uint8Array): string | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0x3c && b === 0 && c === 0 && d === 0) return "utf-32le";
  if (a === 0 && b === 0 && c === 0 && d === 0x3c) return "utf-32be";
  if (a === 0x3c && b === 0 && c === 0x3f && d === 0) return "utf-16le";
  if (a === 0 && b === 0x3c && c === 0 && d === 0x3f) return "utf-16be";
  return undefined;
}

/** Maps labels TextDecoder lacks or treats too narrowly; gb2312 is decoded as its superset GBK. */
function normaliseLabel(label: string): string {
  const l = label.toLowerCase().replace(/_/g, "-");
  if (l === "gb2312" || l === "gb-2312" || l === "x-gbk" || l === "cp936" || l === "ms936") return "gbk";
  if (l === "big5-hkscs" || l === "cp950") return "big5";
  if (l === "utf32" || l === "ucs-4" || l === "ucs4") return "utf-32be";
  if (l === "utf-32") return "utf-32be";
  if (l === "us-ascii" || l === "ascii") return "utf-8"; // ASCII is a subset; be lenient with 8-bit bytes.
  return l;
}

function tryDecode(bytes: Uint8Array, label: string): DecodedBody | undefined {
  const name = normaliseLabel(label);
  if (name === "utf-32le" || name === "utf-32be") return decodeWith(bytes, name);
  try {
    const decoder = new TextDecoder(name);
    return finish(decoder.decode(bytes), decoder.encoding);
  } catch {
    return undefined; // unknown label: let the next piece of evidence decide
  }
}

function decodeWith(bytes: Uint8Array, charset: string): DecodedBody {
  if (charset === "utf-32le" || charset === "utf-32be") {
    return { text: decodeUtf32(bytes, charset === "utf-32le"), charset };
  }
  const decoder = new TextDecoder(charset);
  return { text: decoder.decode(bytes), charset: decoder.encoding };
}

/** Node's TextDecoder has no UTF-32: decode code points by hand, U+FFFD for invalid ones. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let i = 0; i + 4 <= bytes.byteLength; i += 4) {
    const cp = view.getUint32(i, littleEndian);
    chunk.push(cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? cp : 0xfffd);
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCodePoint(...chunk));
  return parts.join("");
}

function guessDecode(bytes: Uint8Array): DecodedBody {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), charset: "utf-8" };
  } catch {
    // not UTF-8
  }
  if (looksLikeGb(bytes)) return { text: new TextDecoder("gb18030").decode(bytes), charset: "gb18030" };
  return finish(new TextDecoder("windows-1252").decode(bytes), "windows-1252");
}

function finish(text: string, charset: string): DecodedBody {
  return { text: charset === "windows-1252" ? fixWindows1252(text) : text, charset };
}

/**
 * Chinese text in GB2312/GBK is mostly pairs of bytes in A1–FE; a stray windows-1252 quote (0x92)
 * before an ASCII letter is not. Require most high bytes to form such pairs.
 */
function looksLikeGb(bytes: Uint8Array): boolean {
  let high = 0;
  let paired = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) continue;
    high++;
    const next = bytes[i + 1] ?? 0;
    if (b >= 0xa1 && b <= 0xfe && next >= 0xa1 && next <= 0xfe) {
      paired++;
      i++;
    }
  }
  return high > 0 && paired / high >= 0.8;
}
