import { publishableUrl } from "./links.ts";

/**
 * Internal hosts written in prose in a spelling other than a dotted quad or `www.`: `0x7f.1`,
 * `0177.0.0.1`, `１０．０．０．５`, `10。0。0。5`, `2130706433:8080/x`, `127.1:8080`, `localhost:8080/admin`,
 * `[::1]`, `[::ffff:10.0.0.5]:80`, `nas.local/x`. A browser's URL parser reads every one of them as
 * an internal address; shown as written, a reader (or a client) can still open it. Numbers stay
 * numbers: a spelling that is also an ordinary number, decimal or time (`127.1`, `10.5`, `2130706433`,
 * `10:30`) counts as an address only with a port (`127.1:8080`); a dotted quad with an octal or hex
 * part, any dotted form with a hex part, a full-width or ideographic dotted quad, a bracketed IPv6
 * literal and a name under an internal suffix count as written.
 */

const DIGIT = "[0-9\\uff10-\\uff19]";
const DOT = "[.\\u3002\\uff0e\\uff61]";
const PART = `(?:0[xX][0-9a-fA-F]+|${DIGIT}+)`;
const NUMERIC = `${PART}(?:${DOT}${PART}){0,3}(?!${DOT}?[0-9\\uff10-\\uff19\\p{L}_])`;
const IPV6 = "\\[[0-9A-Fa-f.]*:[0-9A-Fa-f.]*:[0-9A-Fa-f:.]*\\]";
const INTERNAL_NAME =
  "(?:[A-Za-z0-9-]+\\.)+(?:local|internal|intranet|lan|corp|localdomain|home\\.arpa)(?![A-Za-z0-9-])|localhost(?![A-Za-z0-9-])";
/** A port: 2 to 5 digits, not the first half of a time or a ratio that goes on (`10:30:00`). */
const PORT = "(?::[0-9]{2,5}(?![0-9:.]))";
const HOST_RUN = new RegExp(
  `(?<![\\p{L}\\p{N}_.\\-/:@\\[\\]%\\\\])(${IPV6}|${INTERNAL_NAME}|${NUMERIC})(${PORT})?`,
  "gu",
);

/** The spelling a URL parser reads: full-width digits and dots as ASCII, the ideographic dot a dot. */
function asParsed(host: string): string {
  return host.normalize("NFKC").replace(/\u3002/g, ".");
}

/** Whether this spelling stands for an address even without a port (see the module comment). */
function addressAsWritten(host: string, parsed: string): boolean {
  if (host.startsWith("[")) return true;
  if (!/^[0-9.xXa-fA-F]+$/.test(parsed)) return true; // a name under an internal suffix, localhost
  const parts = parsed.split(".");
  const hex = parts.some((p) => /^0x/i.test(p));
  if (hex && parts.length > 1) return true;
  if (parts.length !== 4) return false;
  // A plain ASCII dotted quad is defangAddresses' own IPv4 rule; here the other spellings of one.
  return host !== parsed || parts.some((p) => /^0\d|^0x/i.test(p));
}

function isInternal(parsed: string): boolean {
  try {
    return publishableUrl(`http://${parsed}/`) === undefined && new URL(`http://${parsed}/`).hostname !== "";
  } catch {
    return false;
  }
}

function defangHost(host: string): string {
  if (host.startsWith("[")) return `[${host.slice(1, -1).replace(/[:.]/g, "[$&]")}]`;
  return host.replace(new RegExp(DOT, "g"), "[$&]");
}

/**
 * Each internal host in one of the spellings above defanged: its dots bracketed (`0x7f[.]1`,
 * `１０[．]０[．]０[．]５`), an IPv6 literal's colons and dots (`[[:][:]1]`), and the colon of a port after a
 * host with no dot of its own (`localhost[:]8080`, `2130706433[:]8080`). A public host, a bare number
 * and anything already defanged stay as they are. Linear in the text.
 */
export function defangHostSpellings(text: string): string {
  if (!/[.:\u3002\uff0e\uff61]|localhost/i.test(text)) return text;
  return text.replace(HOST_RUN, (run, host: string, port: string | undefined) => {
    const parsed = asParsed(host);
    if (!port && !addressAsWritten(host, parsed)) return run;
    // A bare number with a port is an address only when it is as large as one (not `10:30`).
    if (/^\d+$/.test(parsed) && !(Number(parsed) >= 2 ** 24)) return run;
    if (!isInternal(parsed)) return run;
    const shown = defangHost(host);
    const dotless = !/[.\u3002\uff0e\uff61[]/.test(host);
    return shown + (port ? (dotless ? `[:]${port.slice(1)}` : port) : "");
  });
}
