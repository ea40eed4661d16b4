/**
 * Builds the briefing's platform-neutral blocks (model/briefing-blocks.ts) that every chat channel
 * formats in its own rich format; the wording (headings, labels, ★) comes from
 * model/briefing-wording.ts, the same module the page renderers use.
 */

import type { Block, BlockOptions, BriefingBlocks, Line, Span } from "../model/briefing-blocks.ts";
import {
  briefingTitle,
  CONTENT_SECTIONS,
  EMPTY_SECTION,
  formatBriefingHeading,
  formatEntryTitle,
  formatStars,
  FIELD_LABELS as L,
  RESOURCES_HEADING,
  resourceTitleNote,
  SUMMARY_LABEL,
  SUMMARY_MARK,
  sectionOf,
  UNKNOWN_TIME,
} from "../model/briefing-wording.ts";
import type { Briefing, BriefingItem, Section } from "../model/index.ts";
import { describeItemNotes, FEED_ONLY_MARK, isFeedOnly } from "../model/item-notes.ts";
import { formatValidDateTime } from "../time.ts";

const text = (t: string): Span => ({ kind: "text", text: t });
const bold = (t: string): Span => ({ kind: "bold", text: t });
const link = (t: string, href: string): Span => ({ kind: "link", text: t, href });
const line = (style: Line["style"], ...spans: Span[]): Line => ({ style, spans });

function headerBlock(b: Briefing): Block {
  return [
    [line("heading", text(formatBriefingHeading(briefingTitle(b), b.date)))],
    [line("plain", text(`今日 ${b.items.length} 条情报（价值 ≥ ${b.minStars} 星）`))],
  ];
}

function sectionParagraph(title: string, section: Section): Line[] {
  const lines: Line[] = [line("subheading", text(title))];
  if (section.lead) lines.push(line("plain", text(section.lead)));
  if (section.bullets.length === 0 && !section.lead) lines.push(line("bullet", text(EMPTY_SECTION)));
  for (const b of section.bullets) {
    lines.push(line("bullet", ...(b.label ? [bold(b.label), text(`：${b.text}`)] : [text(b.text)])));
    for (const c of b.children ?? []) {
      lines.push(line("subbullet", ...(c.label ? [bold(c.label), text(`：${c.text}`)] : [text(c.text)])));
    }
  }
  return lines;
}

function entryBlock(item: BriefingItem, n: number, timezone: string): Block {
  const e = item.entry;
  const head: Line[] = [
    line("heading", text(`${n}. [${e.org}] ${formatEntryTitle(e)}`)),
    line(
      "plain",
      bold(L.source),
      text(`: ${item.sourceName} | `),
      bold(L.time),
      text(`: ${formatValidDateTime(item.publishedAt, timezone) ?? UNKNOWN_TIME}`),
    ),
    line(
      "plain",
      bold(L.stars),
      text(`: ${formatStars(e.stars)} `),
      bold(L.tags),
      text(`: ${e.tags.map((t) => `[${t}]`).join(" ")}`),
    ),
    line("plain", bold(L.link), text(": "), link(item.url, item.url)),
    ...describeItemNotes(item).map((note) => line("plain", bold(L.note), text(`: ${note}`))),
  ];
  const paragraphs: Line[][] = [
    head,
    [line("quote", text(`${SUMMARY_MARK} `), bold(SUMMARY_LABEL), text(`：${e.summary}`))],
  ];
  for (const spec of CONTENT_SECTIONS)
    paragraphs.push(sectionParagraph(spec.heading, sectionOf(e, spec.key)));
  const resources = e.resources.map((r) => {
    const note = resourceTitleNote(r);
    return line(
      "bullet",
      bold(r.label),
      text(": "),
      link(r.url, r.url),
      ...(note ? [text(` — ${note}`)] : []),
    );
  });
  paragraphs.push([
    line("subheading", text(RESOURCES_HEADING)),
    ...(resources.length ? resources : [line("bullet", text(EMPTY_SECTION))]),
  ]);
  return paragraphs;
}

function digestBlock(item: BriefingItem, n: number): Block {
  const e = item.entry;
  const mark = isFeedOnly(item) ? [text(`（${FEED_ONLY_MARK}）`)] : [];
  return [
    [
      line(
        "plain",
        text(`${n}. ${formatStars(e.stars)} [${e.org}] `),
        link(formatEntryTitle(e), item.url),
        ...mark,
      ),
    ],
  ];
}

function footerBlock(b: Briefing, options: BlockOptions): Block | undefined {
  const lines: Line[] = [];
  if (options.mode === "digest" && options.pageUrl)
    lines.push(
      line("plain", bold(L.fullPage), text(": "), {
        kind: "link",
        text: options.pageUrl,
        href: options.pageUrl,
        ours: true,
      }),
    );
  for (const note of b.notes) lines.push(line("plain", text(`注：${note}`)));
  return lines.length ? [lines] : undefined;
}

/** Header, one block per entry, then a footer (digest link, run notes) when there is one. */
export function buildBriefingBlocks(b: Briefing, options: BlockOptions): Block[] {
  const entries = b.items.map((item, i) =>
    options.mode === "digest" ? digestBlock(item, i + 1) : entryBlock(item, i + 1, b.timezone),
  );
  const footer = footerBlock(b, options);
  return [headerBlock(b), ...entries, ...(footer ? [footer] : [])];
}

/** The briefing worded for the chat channels: its heading, and its blocks for any channel's options. */
export function briefingBlocks(b: Briefing): BriefingBlocks {
  return {
    heading: formatBriefingHeading(briefingTitle(b), b.date),
    blocksFor: (options) => buildBriefingBlocks(b, options),
  };
}
