/**
 * Error messages end up in the briefing's footer, which is published. A feed URL may carry an
 * access key in its query (`?key=…`, `${ENV}` in the config): keep scheme, host and path only.
 */
export function redactUrls(text: string): string {
  return text
    .replace(/(https?:\/\/)[^\s/@]+@/gi, "$1") // user:password@
    .replace(/(https?:\/\/[^\s?#）)]+)[?#][^\s）)，,]*/gi, "$1?…");
}
