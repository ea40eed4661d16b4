import type { Briefing } from "../../model/index.ts";

/** Every string field carries markup that must come out inert. */
export const EVIL = `<script>alert(1)</script>"onerror=alert(2) '><img src=x onerror=alert(3)>`;
export const EVIL_URL = `javascript:alert(1)//"onerror=alert(2)`;

export const evilBriefing: Briefing = {
  date: EVIL,
  timezone: "Asia/Shanghai",
  generatedAt: "2026-02-04T23:30:00Z",
  minStars: 1,
  items: [
    {
      entry: {
        org: EVIL,
        title: EVIL,
        stars: 3,
        tags: [EVIL, EVIL],
        summary: EVIL,
        core: { lead: EVIL, bullets: [{ label: EVIL, text: EVIL, children: [{ label: EVIL, text: EVIL, flagged: true }] }] },
        results: { bullets: [{ text: EVIL, evidence: EVIL }] },
        insights: { lead: EVIL, bullets: [] },
        resources: [
          { label: EVIL, url: EVIL_URL, title: EVIL },
          { label: EVIL, url: `https://ok.example/"onerror=x<script>` },
        ],
      },
      sourceId: EVIL,
      sourceName: EVIL,
      sourceOrder: 0,
      url: EVIL_URL,
      publishedAt: "2026-02-04T01:00:00Z",
      analyser: { kind: "offline", name: EVIL, promptVersion: EVIL, fallback: true, fallbackReason: EVIL },
      articleStatus: EVIL,
      related: [{ sourceName: EVIL, title: EVIL, url: EVIL_URL, publishedAt: "2026-02-04T02:00:00Z" }],
      followUpOf: { date: EVIL, title: EVIL, url: EVIL_URL },
    },
  ],
  coverage: [
    {
      sourceId: EVIL,
      sourceName: EVIL,
      found: 1,
      inWindow: 1,
      analysed: 1,
      duplicates: 0,
      belowThreshold: 0,
      failed: 0,
      problems: [
        { code: "E_ARTICLE_DELETED", stage: "read", title: EVIL, url: EVIL_URL, detail: EVIL },
        { code: "E_SERVER", stage: "collect", httpStatus: 503, url: EVIL_URL, detail: EVIL },
      ],
    },
  ],
  analysers: [{ name: EVIL, kind: "offline", entries: 1, fallback: 1 }],
  usage: { calls: 1, promptTokens: 1, completionTokens: 1, cost: 1, currency: EVIL },
  verification: { checked: 1, supported: 1, dropped: 0, marked: 1 },
  notes: [EVIL],
};
