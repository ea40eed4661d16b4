import assert from "node:assert/strict";
import { test } from "node:test";
import { analyseParagraphs } from "./testdata/analyse-paragraphs.ts";

test("an English incident's lead (X exposed …) is the summary, not a later detail", async () => {
  const entry = await analyseParagraphs(
    "Survey maker Pollin left 300,000 student answers in a public bucket for 16 days",
    [
      "Pollin, a startup that sells survey tools to schools, exposed 300,000 student answers through a storage bucket that anyone could list.",
      "The bucket was found by researchers at the security firm Redline, who reported it on March 3.",
      "The answers included names, class numbers and, in some cases, free-text comments about teachers.",
      "The bucket had been public for 16 days before Pollin closed it.",
    ],
    "Breach Notes",
  );
  assert.match(entry.summary, /^Pollin, a startup .* exposed 300,000 student answers/);
});

test("a share of a study's cases that 'exposed' something is its result, not the news action", async () => {
  const entry = await analyseParagraphs("Coding agents leak secrets, a Halden study finds", [
    "Researchers at Halden University found that coding agents leak credentials more often than vendors say.",
    "Across 1,800 recorded sessions, 11% exposed at least one secret to a log or a third-party service.",
    "The team says the leaks mostly came from agents printing environment variables while debugging.",
  ]);
  assert.match(entry.summary, /^Researchers at Halden University found that/);
});
