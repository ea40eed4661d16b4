// `npm run conformance`: our feed parsing and WeChat extraction over the third-party corpus in
// ../shared/corpus (read in place, never copied). Skips cleanly when the corpus is absent.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { formatReports, runFeedConformance } from "./conformance-feeds.ts";
import { runWechatConformance } from "./conformance-wechat.ts";

const corpus = resolve(import.meta.dirname, "../../shared/corpus");
if (!existsSync(corpus)) {
  console.log(`conformance: skipped — no corpus at ${corpus}`);
  process.exit(0);
}
console.log(formatReports(await runFeedConformance(corpus)));
console.log("");
console.log("wechat pages");
for (const r of await runWechatConformance(resolve(corpus, "wechat"))) {
  console.log(`  ${r.folder.padEnd(40)} ${r.passed}/${r.total}`);
  for (const f of r.failures) console.log(`    FAIL ${f.file}: ${f.reason}`);
}
