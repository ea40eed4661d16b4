import assert from "node:assert/strict";
import { test } from "node:test";
import { describesWorkings } from "./english-workings.ts";
import { analyseParagraphs } from "./testdata/analyse-paragraphs.ts";

const TITLE = "Tidewell launches Porter, an AI agent that files expense reports from email receipts";

test("an English launch's how-it-works sentences, by their shape: the product doing something now", () => {
  assert.ok(describesWorkings("Porter reads every receipt that lands in a shared inbox.", TITLE));
  assert.ok(
    describesWorkings("Porter can split a hotel bill, flag a missing receipt and ask for approval.", TITLE),
  );
  assert.ok(describesWorkings("A small vision model then extracts the amount, date and merchant.", TITLE));
  assert.ok(!describesWorkings("Tidewell charges $9 per user a month.", TITLE));
  assert.ok(!describesWorkings("Brightline invests in expense software.", TITLE));
  assert.ok(!describesWorkings("Porter 会读取收件箱里的每一张票据。", TITLE));
});

test("an English launch that says how it works has a 核心技术 section", async () => {
  const entry = await analyseParagraphs(
    TITLE,
    [
      "Tidewell, the payroll software company, launched Porter on Monday, an AI agent that turns emailed receipts into expense reports.",
      "Porter reads every receipt that lands in a shared inbox and sorts it by trip.",
      "Porter can split a hotel bill between two travellers, flag a missing receipt and ask a manager for approval.",
      "Tidewell charges $9 per user a month for Porter.",
      "For now, Porter only works with receipts in English.",
    ],
    "SaaS Notes",
  );
  const core = entry.core.bullets.map((b) => b.text).join("\n");
  assert.match(core, /Porter reads every receipt/);
  assert.match(core, /Porter can split a hotel bill/);
});
