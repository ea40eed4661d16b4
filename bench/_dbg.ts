import { createHash } from "node:crypto";
import { createOfflineAnalyser } from "../src/analyse/index.ts";
import { verifyEntry } from "../src/verify/index.ts";
import { loadPlantedArticles } from "./verify-planted.ts";

const a = loadPlantedArticles().find((x) => x.id === "claude-code-opus")!;
const art: any = {
  sourceId: a.publisher,
  url: "https://example.com/x",
  originalUrl: "https://example.com/x",
  title: a.title,
  account: a.publisher,
  publishedAt: "2026-02-04T00:00:00.000Z",
  firstSeenAt: "2026-02-04T00:00:00.000Z",
  contentHash: createHash("sha256").update(a.text).digest("hex"),
  text: a.text,
  html: "",
  links: a.links,
  status: "ok",
};
const o: any = await createOfflineAnalyser().analyse(art, { sourceName: a.publisher });
const r = verifyEntry(
  o.entry,
  { title: a.title, text: a.text, links: a.links, publisher: a.publisher },
  { policy: "drop" },
);
for (const c of r.claims.filter((c) => c.status !== "supported")) console.log(c);
console.log(JSON.stringify(o.entry).match(/[^"]*100%[^"]*/g));
console.log(a.text.match(/[^。\n]*100%[^。\n]*/g));
