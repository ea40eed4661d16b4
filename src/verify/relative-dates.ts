// Days of a month named relative to the article's own date: "本月 24 日", "上月 3 号", "当月 18 日".
// The month is left unstated (the article's "11 月 24 日" supports "本月 24 日"); only the day is
// compared, so "本月 25 日" against "11 月 24 日" is still refused.
const RELATIVE_MONTH_DAY = /(?:本|当|这个?|上个?)月\s*(\d{1,2})\s*[日号]/g;

interface DayFields {
  d?: string;
}

export const RELATIVE_DATE_PATTERNS: Array<[RegExp, (m: RegExpMatchArray) => DayFields | undefined]> = [
  [RELATIVE_MONTH_DAY, (m) => ({ d: m[1] })],
];
