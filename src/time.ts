/** Time zone arithmetic on ISO strings with Intl only (no clock: callers pass `now`). */

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when Intl knows the zone name (e.g. "Asia/Shanghai"). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Parts already computed, by zone and instant (formatToParts costs ~10 µs; a page asks dozens). */
const knownParts = new Map<string, ZonedParts>();
const KNOWN_PARTS = 4096;

/** Wall-clock parts of an instant in a zone. */
export function zonedParts(instant: Date | string, timeZone: string): ZonedParts {
  const date = typeof instant === "string" ? new Date(instant) : instant;
  const key = `${timeZone} ${date.getTime()}`;
  const known = knownParts.get(key);
  if (known) return { ...known };
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(date)) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  const result = {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
  if (knownParts.size >= KNOWN_PARTS) knownParts.clear();
  knownParts.set(key, result);
  return { ...result };
}

/** Offset of the zone from UTC at an instant, in minutes (Asia/Shanghai: +480). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

/** The instant at which the wall clock in `timeZone` shows the given parts. */
export function zonedToUtc(
  parts: Partial<ZonedParts> & { year: number; month: number; day: number },
  timeZone: string,
): Date {
  const guess = Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  // Two passes settle the offset across DST changes.
  let instant = new Date(guess - zoneOffsetMinutes(new Date(guess), timeZone) * 60000);
  instant = new Date(guess - zoneOffsetMinutes(instant, timeZone) * 60000);
  return instant;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** "YYYY-MM-DD" of an instant in a zone. */
export function dayOf(instant: Date | string, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** "YYYY-MM-DD HH:mm" of an instant in a zone, as the briefing shows times. */
/** As formatDateTime, or undefined when the instant is not a valid date (never throws). */
export function formatValidDateTime(instant: Date | string, timeZone: string): string | undefined {
  const time = instant instanceof Date ? instant.getTime() : Date.parse(instant);
  return Number.isNaN(time) ? undefined : formatDateTime(instant, timeZone);
}

export function formatDateTime(instant: Date | string, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** Parses "YYYY-MM-DD" strictly; undefined when it is not a real date. */
export function parseDay(day: string): { year: number; month: number; day: number } | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return undefined;
  const [year, month, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, d));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== d) return undefined;
  return { year, month, day: d };
}

/** [start, end) of a calendar day in a zone, as UTC instants. */
export function dayRange(day: string, timeZone: string): { start: Date; end: Date } {
  const parsed = parseDay(day);
  if (!parsed) throw new RangeError(`not a date (YYYY-MM-DD): ${day}`);
  const start = zonedToUtc(parsed, timeZone);
  const next = new Date(Date.UTC(parsed.year, parsed.month - 1, parsed.day + 1));
  const end = zonedToUtc(
    { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() },
    timeZone,
  );
  return { start, end };
}

/** Whether an instant falls on the calendar day `day` in the zone. */
export function isOnDay(instant: Date | string, day: string, timeZone: string): boolean {
  return dayOf(instant, timeZone) === day;
}

/** The day before or after "YYYY-MM-DD" (calendar arithmetic, no zone needed). */
export function addDays(day: string, delta: number): string {
  const parsed = parseDay(day);
  if (!parsed) throw new RangeError(`not a date (YYYY-MM-DD): ${day}`);
  const d = new Date(Date.UTC(parsed.year, parsed.month - 1, parsed.day + delta));
  return d.toISOString().slice(0, 10);
}
