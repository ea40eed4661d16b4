import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageFile } from "../package-files.ts";

/** The bundled demo day whose data ships in the repository. */
export const DEMO_DATE = "2026-02-04";

/** What an item is there for: a plain article, a re-telling of another item, or an edge case. */
export type DemoItemKind =
  | "article"
  | `duplicate-of:${string}`
  | "ad"
  | "deleted"
  | "verification"
  | "previous-day";

export interface DemoItem {
  slug: string;
  /** Id of the feed the item is in (see DemoManifest.sources). */
  source: string;
  title: string;
  kind: DemoItemKind;
  /** The stable public URL (a fake WeChat short link). */
  url: string;
  /** ISO 8601 UTC; equals the feed's pubDate and the page's `var ct`. */
  publishedAt: string;
  /** Path of the page relative to the demo day's folder. */
  page: string;
}

export interface DemoManifestSource {
  id: string;
  name: string;
  /** Path of the feed relative to the demo day's folder. */
  feed: string;
  /** True when the feed's items carry content:encoded. */
  contentEncoded: boolean;
}

export interface DemoManifest {
  date: string;
  timeZone: string;
  sources: DemoManifestSource[];
  items: DemoItem[];
}

/** The folder of a bundled demo day, shipped at the package root (demo/<date>). */
export function resolveDemoDir(date: string = DEMO_DATE): string {
  return `${packageFile("demo", date)}/`;
}

/** Reads and sanity-checks manifest.json; throws with the file name when it is unusable. */
export function readDemoManifest(dir: string): DemoManifest {
  const file = join(dir, "manifest.json");
  let manifest: DemoManifest;
  try {
    manifest = JSON.parse(readFileSync(file, "utf8")) as DemoManifest;
  } catch (cause) {
    throw new Error(`cannot read the demo manifest ${file}`, { cause });
  }
  if (!Array.isArray(manifest.sources) || !Array.isArray(manifest.items) || !manifest.date) {
    throw new Error(`${file}: expected { date, sources[], items[] }`);
  }
  return manifest;
}
