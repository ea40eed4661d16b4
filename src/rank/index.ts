export { compareItems, type RankOptions, type RankResult, rankItems } from "./rank-items.ts";
