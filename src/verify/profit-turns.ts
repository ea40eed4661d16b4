// Turning a loss into a profit, written in several ways: 扭亏为盈, 扭亏, 转亏为盈, 转为盈利, 转盈. The
// negation check (check-negation.ts) compares an entry's assertion with the article's denials by their
// words, so "已于 2025 年扭亏为盈" shared no word with the article's "尚未实现盈利" and passed. Each form is
// read as 实现盈利, the words the denials are written with.

const TURN = /扭亏为盈|转亏为盈|扭亏|转为盈利|转盈/g;

/** The text with every way of saying "turned profitable" written as 实现盈利. */
export const plainProfitWords = (text: string): string => text.replace(TURN, "实现盈利");
