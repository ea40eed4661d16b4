// Side-by-side on one page, in the same run: plain Mozilla Readability on a linkedom document (the
// figure stack.md quotes, ~17 ms) against our extractPage (prune hidden, WeChat rules, Readability
// fallback, Markdown-ready body). Both parse the page from the string each time: Readability mutates
// its document, and the pipeline parses every page once anyway.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { extractPage } from "../src/extract/index.ts";
import { summariseTimes, type TimeSummary } from "./report.ts";

export interface ExtractorComparison {
  readability: TimeSummary & { chars: number };
  extractPage: TimeSummary & { chars: number };
}

function timeRuns(runs: number, once: () => number): TimeSummary & { chars: number } {
  let chars = 0;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    chars = once();
    times.push(performance.now() - start);
  }
  return { ...summariseTimes(times), chars };
}

/** Runs each extractor `runs` times on `html` (after one untimed warm-up run each). */
export function compareReadability(html: string, url: string, runs: number): ExtractorComparison {
  const readability = () => {
    const { document } = parseHTML(html) as unknown as { document: Document };
    return new Readability(document).parse()?.textContent?.length ?? 0;
  };
  const ours = () => extractPage(html, { url, timeZone: "Asia/Shanghai" }).text.length;
  readability();
  ours();
  return { readability: timeRuns(runs, readability), extractPage: timeRuns(runs, ours) };
}
