import { zonedToUtc, zoneOffsetMinutes } from "../time.ts";

/**
 * Reads the dates feeds actually carry and returns ISO 8601 in UTC, or undefined (never throws).
 *
 * Dates without a zone ("2026-02-04 19:18:00", "2025年2月4日 19:18") are wall-clock times in the
 * configured `timeZone`: Chinese sites and WeChat bridges write local time and omit the zone.
 *
 * "CST" is ambiguous: RFC 822 means US Central (-0600), but Chinese servers (Go's and Java's
 * formatters with Asia/Shanghai) print China Standard Time (+0800) as "CST". We read it as +0800
 * when the configured zone is itself at +0800 at that date (a Chinese context), else as -0600.
 */
export function parseFeedDate(value: string, timeZone: string): string | undefined {
  try {
    const text = value.trim();
    if (!text) return undefined;
    const date =
      parseUnix(text) ??
      parseChinese(text, timeZone) ??
      parseIso(text, timeZone) ??
      parseRfc822(text, timeZone);
    return date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;
  } catch {
    return undefined;
  }
}

interface Fields {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  ms?: number;
}

/** The instant of wall-clock fields at a fixed offset (minutes east of UTC), or in `timeZone` when undefined. */
function toInstant(f: Fields, offsetMinutes: number | undefined, timeZone: string): Date | undefined {
  const { year, month, day, hour = 0, minute = 0, second = 0, ms = 0 } = f;
  if (month < 1 || month > 12 || day < 1 || hour > 24 || minute > 59 || second > 60) return undefined;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCDate() !== day) return undefined;
  const sec = Math.min(second, 59);
  if (offsetMinutes === undefined) {
    const local = zonedToUtc({ year, month, day, hour, minute, second: sec }, timeZone);
    return new Date(local.getTime() + ms);
  }
  return new Date(Date.UTC(year, month - 1, day, hour, minute, sec, ms) - offsetMinutes * 60_000);
}

function parseUnix(text: string): Date | undefined {
  if (/^\d{9,10}$/.test(text)) return new Date(Number(text) * 1000);
  if (/^\d{13}$/.test(text)) return new Date(Number(text));
  return undefined;
}

const CHINESE =
  /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?/;

function parseChinese(text: string, timeZone: string): Date | undefined {
  const m = CHINESE.exec(text);
  if (!m) return undefined;
  return toInstant(fieldsOf(m, 1), undefined, timeZone);
}

const ISO =
  /^(\d{4})[-/.]?(\d{2}|\d)[-/.]?(\d{2}|\d)(?:(?:T|\s+)(\d{1,2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;

function parseIso(text: string, timeZone: string): Date | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  const f = fieldsOf(m, 1);
  if (m[7]) f.ms = Math.round(Number(`0.${m[7]}`) * 1000);
  return toInstant(f, m[8] ? offsetOf(m[8]) : undefined, timeZone);
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Hours east of UTC. CST is resolved separately (see the module comment). */
const ZONES: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -5,
  EDT: -4,
  CDT: -5,
  MST: -7,
  MDT: -6,
  PST: -8,
  PDT: -7,
  BST: 1,
  CET: 1,
  CEST: 2,
  EET: 2,
  EEST: 3,
  MSK: 3,
  IST: 5.5,
  HKT: 8,
  BJT: 8,
  AWST: 8,
  SGT: 8,
  JST: 9,
  KST: 9,
  AEST: 10,
  AEDT: 11,
  NZST: 12,
  NZDT: 13,
};

const RFC822 =
  /^(?:[A-Za-z]+\.?,?\s*)?(\d{1,2})[\s-]+([A-Za-z]+)\.?[\s-]+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(?:([A-Za-z]{1,5})|([+-]\d{2}:?\d{2}))?(?:\s*\(.*\))?$/;
// Also the month-first variant some servers write: "Tue Feb 04 2025 19:18:00 GMT+0800".
const MONTH_FIRST =
  /^(?:[A-Za-z]+,?\s+)?([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(?:(?:GMT|UTC)?([+-]\d{2}:?\d{2})|([A-Za-z]{1,5}))?(?:\s*\(.*\))?$/;

function parseRfc822(text: string, timeZone: string): Date | undefined {
  let day: string | undefined;
  let monthName: string | undefined;
  let yearText: string | undefined;
  let rest: RegExpExecArray;
  let zoneName: string | undefined;
  let zoneOffset: string | undefined;
  const a = RFC822.exec(text);
  const b = a ? null : MONTH_FIRST.exec(text);
  if (a) {
    [day, monthName, yearText, zoneName, zoneOffset] = [a[1], a[2], a[3], a[7], a[8]];
    rest = a;
  } else if (b) {
    [monthName, day, yearText, zoneOffset, zoneName] = [b[1], b[2], b[3], b[7], b[8]];
    rest = b;
  } else return undefined;
  const month = MONTHS.indexOf((monthName ?? "").slice(0, 3).toLowerCase()) + 1;
  if (month === 0) return undefined;
  let year = Number(yearText);
  if (yearText?.length === 2) year += year < 50 ? 2000 : 1900;
  const f: Fields = { year, month, day: Number(day) };
  if (rest[4] !== undefined)
    Object.assign(f, { hour: Number(rest[4]), minute: Number(rest[5]), second: Number(rest[6] ?? 0) });
  let offset: number | undefined;
  if (zoneOffset) offset = offsetOf(zoneOffset);
  else if (zoneName) offset = zoneNameOffset(zoneName.toUpperCase(), f, timeZone);
  return toInstant(f, offset, timeZone);
}

function zoneNameOffset(name: string, f: Fields, timeZone: string): number | undefined {
  if (name === "CST") {
    const noon = new Date(Date.UTC(f.year, f.month - 1, f.day, 12));
    return zoneOffsetMinutes(noon, timeZone) === 480 ? 480 : -360;
  }
  const hours = ZONES[name];
  // Unknown names (and military letters) are treated as zone-less: local time in the configured zone.
  return hours === undefined ? undefined : hours * 60;
}

function offsetOf(zone: string): number {
  if (/^(Z|UTC|GMT)$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === "-" ? -minutes : minutes;
}

function fieldsOf(m: RegExpExecArray, from: number): Fields {
  const n = (i: number) => (m[from + i] === undefined ? undefined : Number(m[from + i]));
  return { year: n(0) ?? 0, month: n(1) ?? 0, day: n(2) ?? 0, hour: n(3), minute: n(4), second: n(5) };
}
