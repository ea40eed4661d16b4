// Short constructors for the paraphrase set: entries written the way a strong model writes them.
import type { Bullet, Entry, Resource } from "../../../src/model/entry.ts";

/** A bullet: "label｜text" puts a label before the text; `evidence` is a verbatim quote of the article. */
export function b(text: string, evidence?: string): Bullet {
  const [label, body] = text.includes("｜") ? text.split("｜", 2) : [undefined, text];
  return { ...(label ? { label } : {}), text: body!, ...(evidence ? { evidence } : {}) };
}

export interface EntryParts {
  org: string;
  title: string;
  summary: string;
  core?: Bullet[];
  results?: Bullet[];
  insights?: Bullet[];
  resources?: Resource[];
  stars?: Entry["stars"];
}

export function entry(p: EntryParts): Entry {
  return {
    org: p.org,
    title: p.title,
    stars: p.stars ?? 4,
    tags: ["AI"],
    summary: p.summary,
    core: { bullets: p.core ?? [] },
    results: { bullets: p.results ?? [] },
    insights: { bullets: p.insights ?? [] },
    resources: p.resources ?? [],
  };
}

export const link = (label: string, url: string): Resource => ({ label, url });
