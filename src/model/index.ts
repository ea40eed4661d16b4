export type * from "./analysis.ts";
export type * from "./article.ts";
export type * from "./briefing.ts";
export type * from "./curation.ts";
export type * from "./entry.ts";
export type * from "./feed.ts";
export type * from "./problem.ts";
export type * from "./source.ts";
