import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { findDates } from "./find-dates.ts";
import { indexArticle } from "./index-article.ts";

// Our own articles: a maintenance window and a trial, each a range of days written once with its month.
const zh = indexArticle({
  title: "星桥云完成机房迁移",
  publisher: "测试号",
  links: [],
  text: "星桥云表示，迁移于 3 月 9 日至 3 月 21 日分批进行，期间约 4% 的实例需要重启。试用期为 5 月 2 日 08:00 至 6 日 20:00。",
});
const en = indexArticle({
  title: "Lumen Health ends its pilot",
  publisher: "Test Wire",
  links: [],
  text: "Lumen Health ran the pilot from April 3 to April 19, 2026, across 12 clinics. Sign-ups were open from June 4 to 11.",
});
const verdicts = (claim: string, index = zh) =>
  checkTextFacts(claim, index)
    .filter((f) => f.kind === "figure")
    .map((f) => [f.value, f.supported]);

test("the end of a day range written once with its month is a date of that month", () => {
  const dates = (text: string) => findDates(text).map((d) => d.figure.date);
  assert.deepEqual(dates("迁移于 3 月 9 日至 21 日进行"), ["|3|9|", "|3|21|"]);
  assert.deepEqual(dates("迁移于 3 月 9 至 21 日进行"), ["|3|9|", "|3|21|"]);
  assert.deepEqual(dates("窗口为 5 月 2 日 08:00 至 6 日 20:00"), ["|5|2|", "|5|6|"]);
  assert.deepEqual(dates("2026 年 3 月 9 日到 21 日"), ["2026|3|9|", "2026|3|21|"]);
  assert.deepEqual(dates("from April 3 to 19: most clinics"), ["|4|3|", "|4|19|"]);
  assert.deepEqual(dates("Apr. 3–19, 2026"), ["|4|3|", "|4|19|"]);
  // Not a range end: a day before the start, a count or a unit after "to".
  assert.deepEqual(dates("3 月 21 日至 9 日"), ["|3|21|"]);
  assert.deepEqual(dates("rose from April 3 to 19 percent"), ["|4|3|"]);
  assert.deepEqual(dates("from April 3 to 19 clinics"), ["|4|3|"]);
});

test("true rewordings of a day range pass, in either language", () => {
  assert.deepEqual(verdicts("迁移在 3 月 9 日至 21 日分批完成。"), [
    ["3 月 9 日", true],
    ["21 日", true],
  ]);
  assert.deepEqual(verdicts("迁移时间：3 月 9 至 21 日。"), [
    ["3 月 9", true],
    ["21 日", true],
  ]);
  assert.deepEqual(
    verdicts("试用窗口为 5 月 2 日 08:00 至 6 日 20:00。").find(([value]) => value === "6 日"),
    ["6 日", true],
  );
  assert.deepEqual(verdicts("The migration ran from March 9 to 21."), [
    ["March 9", true],
    ["21", true],
  ]);
  assert.deepEqual(verdicts("试点于 4 月 3 日至 19 日进行。", en), [
    ["4 月 3 日", true],
    ["19 日", true],
  ]);
  assert.deepEqual(verdicts("Sign-ups ran June 4–11.", en), [
    ["June 4", true],
    ["11", true],
  ]);
  // The article's own "至 6 日" is a date: an entry's full date finds it.
  assert.deepEqual(verdicts("试用到 5 月 6 日结束。").at(0), ["5 月 6 日", true]);
});

test("near miss: a range with a wrong end or month is still refused", () => {
  assert.deepEqual(verdicts("迁移在 3 月 9 日至 23 日分批完成。").at(1), ["23 日", false]);
  assert.deepEqual(verdicts("The migration ran from March 9 to 24.").at(1), ["24", false]);
  assert.deepEqual(verdicts("试点于 4 月 3 日至 18 日进行。", en).at(1), ["18 日", false]);
  // The same days in another month are another range.
  assert.deepEqual(verdicts("Sign-ups ran July 4 to 11.", en), [
    ["July 4", false],
    ["11", false],
  ]);
});

// Our own: a festival whose range is followed by where, for whom and until when, in English.
const fair = indexArticle({
  title: "Tidewater Robotics Fair",
  publisher: "Test Wire",
  links: [],
  text: "The Tidewater Robotics Fair runs from September 5 to 12 at the Harbour Hall. Early registration is open August 1 to 20 for students, and the demo booths open Sept. 6 to 9 and again on September 11.",
});

test("an English range end followed by where, for whom or a clause is a date, not a count", () => {
  assert.deepEqual(verdicts("机器人展于 9 月 5 日至 12 日在 Harbour Hall 举行。", fair).at(1), [
    "12 日",
    true,
  ]);
  assert.deepEqual(verdicts("学生可在 8 月 1 日至 20 日提前报名。", fair).at(1), ["20 日", true]);
  assert.deepEqual(verdicts("演示展位 9 月 6 日至 9 日开放。", fair).at(1), ["9 日", true]);
  assert.deepEqual(verdicts("The fair runs September 5 to 12 at the Harbour Hall.", fair).at(1), [
    "12",
    true,
  ]);
  const dates = (text: string) => findDates(text).map((d) => d.figure.date);
  assert.deepEqual(dates("runs May 4 to 9 in Lisbon"), ["|5|4|", "|5|9|"]);
  assert.deepEqual(dates("open May 4 to 9 for members and"), ["|5|4|", "|5|9|"]);
  assert.deepEqual(dates("May 4 to 9 and again on May 11"), ["|5|4|", "|5|9|", "|5|11|"]);
  // A word the number counts is still no day: "to 9 developers", "to 19 percent in May".
  assert.deepEqual(dates("grew from May 4 to 9 developers"), ["|5|4|"]);
  assert.deepEqual(dates("rose from May 4 to 19 percent in total"), ["|5|4|"]);
  // A wrong end after "in" is still refused.
  assert.deepEqual(verdicts("机器人展于 9 月 5 日至 13 日在 Harbour Hall 举行。", fair).at(1), [
    "13 日",
    false,
  ]);
});
