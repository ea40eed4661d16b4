import { defangAddresses } from "../model/defang.ts";
import { publishableUrl } from "../model/links.ts";

const ENTITY: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
};
const decode = (s: string) => s.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITY[e] ?? e);

/**
 * Whether HTML this renderer wrote earlier (a day's feed entry stored when the day was published)
 * still follows today's link rules: every `href` one `publishableUrl` accepts, and no text showing
 * an address that today's rules defang. A day published by an older daybrief fails this when it
 * linked or showed an internal address; its HTML is then rendered again from the stored briefing
 * rather than served as it was. Linear in the HTML.
 */
export function followsLinkRules(html: string): boolean {
  for (const [, href = ""] of html.matchAll(/\shref="([^"]*)"/g))
    if (publishableUrl(decode(href)) === undefined) return false;
  const text = decode(html.replace(/<[^>]*>/g, " "));
  return defangAddresses(text) === text;
}
