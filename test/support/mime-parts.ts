/** The decoded bodies of a raw MIME message an SMTP receiver got (quoted-printable or base64 parts). */
export function mimeBodies(raw: string): { type: string; body: string }[] {
  const boundary = /boundary="([^"]+)"/.exec(raw)?.[1] ?? "";
  return raw.split(`--${boundary}`).map((part) => {
    const [head = "", ...rest] = part.split(/\r?\n\r?\n/);
    const body = rest.join("\n\n");
    const type = /content-type: ([\w/]+)/i.exec(head)?.[1]?.toLowerCase() ?? "";
    if (/content-transfer-encoding: base64/i.test(head))
      return { type, body: Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8") };
    if (/content-transfer-encoding: quoted-printable/i.test(head)) {
      const bytes = body
        .replace(/=\r?\n/g, "")
        .replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
      return { type, body: Buffer.from(bytes, "latin1").toString("utf8") };
    }
    return { type, body };
  });
}

/** One part of a raw MIME message (`text/html`, `text/plain`), decoded; empty when there is none. */
export function mailPart(raw: string, type: string): string {
  return mimeBodies(raw).find((p) => p.type === type)?.body ?? "";
}
