/**
 * The briefing as platform-neutral blocks of lines of spans: render/ builds them (wording from
 * briefing-wording.ts), deliver/ formats them per channel (Markdown, Slack mrkdwn, Telegram HTML).
 */

export type Span =
  | { kind: "text"; text: string }
  | { kind: "bold"; text: string }
  /** `ours`: a URL the operator configured (a channel's pageUrl), which may be an internal host. */
  | { kind: "link"; text: string; href: string; ours?: boolean };

export interface Line {
  style: "heading" | "subheading" | "quote" | "bullet" | "subbullet" | "plain";
  spans: Span[];
}

/** A block is paragraphs of lines; paragraphs are the places an oversized entry may be split. */
export type Block = Line[][];

/** How a channel wants the briefing: the blocks differ by mode (and the digest's page link). */
export interface BlockOptions {
  /** full: every entry in full; digest: titles, ★ and links, plus a link to the full page. */
  mode: "full" | "digest";
  /** URL of the full briefing page, linked from digests. */
  pageUrl?: string;
}

/** A day's briefing worded for the chat channels, built once by render/ and handed to deliver/. */
export interface BriefingBlocks {
  /** "AI 每日情报 | 2026-02-04": card titles, message titles, mail subjects. */
  heading: string;
  /** Header, one block per entry, then a footer (digest link, run notes) when there is one. */
  blocksFor(options: BlockOptions): Block[];
}
