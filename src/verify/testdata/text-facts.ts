// Test support for src/verify/*.test.ts: a fixture article indexed from one text (no links, the
// test publisher 测试号), and the claims a check refuses against it, picked by the check's reason.
import { checkTextFacts } from "../check-text.ts";
import { indexArticle } from "../index-article.ts";

/** An article of one text under a title, as the checks read it. */
export const articleOf = (title: string, text: string) =>
  indexArticle({ title, publisher: "测试号", links: [], text });

/** The facts of a claim refused against an article of a text (under this title) for this reason. */
export function refusedFor(reason: RegExp, title: string) {
  return (claim: string, text: string) =>
    checkTextFacts(claim, articleOf(title, text)).filter((f) => !f.supported && reason.test(f.reason));
}
