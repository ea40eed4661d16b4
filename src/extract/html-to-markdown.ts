// Markdown for readers (and LLM prompts) from cleaned HTML. Input is expected to be an
// ExtractedPage's `html`, already stripped of hidden content; raw HTML the converter cannot
// express is dropped rather than passed through.
import gfmPlugin from "@joplin/turndown-plugin-gfm";
import TurndownService from "turndown";

let service: TurndownService | undefined;

function turndown(): TurndownService {
  if (!service) {
    service = new TurndownService({ headingStyle: "atx", codeBlockStyle: "fenced", bulletListMarker: "-" });
    service.use(gfmPlugin.gfm);
    service.remove(["script", "style", "noscript", "iframe"]);
  }
  return service;
}

export function htmlToMarkdown(html: string): string {
  return turndown()
    .turndown(html)
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
