import { cleanBody } from "./clean-body.ts";
import { parseDocument } from "./parse-document.ts";

/**
 * Readable plain text of an HTML fragment: hidden elements, comments and zero-width characters
 * dropped, paragraphs separated by blank lines.
 */
export function htmlToText(html: string): string {
  const body = parseDocument(html).body;
  return body ? cleanBody(body).text : "";
}
