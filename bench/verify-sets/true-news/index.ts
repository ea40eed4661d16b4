// The standing plain-news true-claim set: twelve fictional news articles (eight Chinese in 机器之心 /
// 新智元 / 量子位 style, four English) with entries written as real models write them — Chinese and
// English entries, cross-language, rounding, unit conversion, merged and reordered clauses, org names
// in the other language, fair approximations (近八成, roughly a third, more than doubled), from-to
// changes, fiscal periods (fiscal Q3, FY2026, 2026 财年) and relative dates (本月, 上周). Every claim is
// true; a refusal here is a false refusal. Written before reading src/verify.
import type { Heldout3Case } from "../paraphrase/heldout3-zh-a.ts";
import { TRUE_NEWS_EN } from "./en.ts";
import { TRUE_NEWS_ZH_A } from "./zh-a.ts";
import { TRUE_NEWS_ZH_B } from "./zh-b.ts";

export const TRUE_NEWS_CASES: Heldout3Case[] = [...TRUE_NEWS_ZH_A, ...TRUE_NEWS_ZH_B, ...TRUE_NEWS_EN];
