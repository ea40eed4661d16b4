// White space in a page's text, made cheap before the page is parsed. A no-break space (the
// character, `&nbsp;`, `&#160;`, `&#xA0;`) is text the DOM must escape again each time it writes
// the page out, and Readability writes the whole page out several times (its page cache, and debug
// log lines built even when logging is off): 100 KB of `&nbsp;` took 2–4 s to extract, 1.6 MB 14 s.
// Every white-space run of the text, no-break spaces included, becomes one space. The text read
// from the page does not change (elementToText turns every `\s+` run, U+00A0 included, into one
// space outside <pre>); <pre>, <textarea>, <listing>, <xmp> and <plaintext> keep theirs, and tags
// and their attributes are copied as written.

/** One run of white space: ASCII white space and every way of writing U+00A0 (with or without `;`). */
const SPACE_RUN =
  /(?:[ \t\n\r\f\u00a0]|&nbsp;?|&NonBreakingSpace;|&#0*160(?![0-9]);?|&#[xX]0*[aA]0(?![0-9a-fA-F]);?)+/g;

/** A tag (copied as written) or a white-space run of the text. */
const TAG_OR_RUN = new RegExp(`(<[^<>]*>)|${SPACE_RUN.source}`, "g");

/** Where an element whose white space is content starts, and (by its name) where it ends. */
const PREFORMATTED = /<(pre|textarea|listing|xmp|plaintext)\b/gi;

/** Whether `html` holds anything SPACE_RUN would change (a run longer than one plain space). */
function needsCollapse(html: string): boolean {
  return /[\t\n\r\f\u00a0]|&(?:nbsp|NonBreakingSpace|#0*160|#[xX]0*[aA]0)| {2}/.test(html);
}

/** Text and tags: runs in the text become one space. A `<` with no `>` before the next `<` is text. */
function collapseOutsidePre(html: string): string {
  return html.replace(TAG_OR_RUN, (_match, tag: string | undefined) => tag ?? " ");
}

/**
 * `html` with every white-space run of its text collapsed to one space. Linear whatever the page
 * holds: one regex pass over the text and tags (a tag is `<` up to the next `>` with no `<` between),
 * and each preformatted element's end tag is searched for once, forward. Script, style and comments
 * are expected to be cut out already (stripScriptsAndStyles).
 */
export function collapseSpaces(html: string): string {
  if (!needsCollapse(html)) return html;
  const parts: string[] = [];
  let at = 0;
  PREFORMATTED.lastIndex = 0;
  for (let m = PREFORMATTED.exec(html); m; m = PREFORMATTED.exec(html)) {
    parts.push(collapseOutsidePre(html.slice(at, m.index)));
    const end = new RegExp(`</${m[1]}\\s*>`, "gi");
    end.lastIndex = m.index + m[0].length;
    const found = end.exec(html);
    at = found ? found.index + found[0].length : html.length;
    parts.push(html.slice(m.index, at));
    PREFORMATTED.lastIndex = at;
  }
  parts.push(collapseOutsidePre(html.slice(at)));
  return parts.join("");
}
