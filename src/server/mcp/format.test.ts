import assert from "node:assert/strict";
import { test } from "node:test";
import { sampleBriefing } from "../../render/testdata/sample-2026-02-04.ts";
import { formatBriefing } from "./format.ts";

test("MCP text: an article URL that may not be a link is defanged, a public one stays as written", () => {
  const [first, second] = sampleBriefing.items;
  const briefing = { ...sampleBriefing, items: [{ ...first!, url: "http://10.0.0.5/admin" }, second!] };
  const text = formatBriefing(briefing, "titles");
  assert.doesNotMatch(text, /http:\/\/10\.0\.0\.5/);
  assert.ok(text.includes("hxxp://10[.]0[.]0[.]5/admin"), text);
  assert.ok(text.includes(second!.url), "a public URL as written");
});
