import { escapeHtml } from "../../render/escape-html.ts";

/** Markup already escaped: the only thing html`` passes through unescaped. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

/** Markup produced elsewhere by a renderer that escapes (render/escape-html.ts). Never for input. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

function textOf(value: HtmlValue): string {
  if (value === null || value === undefined || value === false || value === true) return "";
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(textOf).join("");
  return escapeHtml(String(value));
}

/**
 * The pages' one template: every interpolated value goes through the project's HTML escaper
 * (render/escape-html.ts) unless it is SafeHtml (another html`` or trusted renderer output), so a
 * page cannot forget to escape a title from a feed or an LLM.
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += textOf(values[i]!) + strings[i + 1]!;
  return new SafeHtml(out);
}
