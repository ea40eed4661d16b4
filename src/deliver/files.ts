/**
 * The archive on disk: briefings/YYYY/YYYY-MM-DD.{md,html,json} plus the renderer's extra files
 * (index.html, feed.xml) under the output dir. Each file is written to a temp file and renamed, so
 * a reader (a static server, a feed reader) never sees half a file.
 */
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { DeliveryError } from "../errors.ts";
import type { Channel } from "./channel.ts";

export interface FilesOptions {
  outDir: string;
}

export async function writeFileAtomic(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(temp, content, "utf8");
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Archive paths of a date, relative to the output dir. */
export function archivePaths(date: string): { md: string; html: string; json: string } {
  const base = `briefings/${date.slice(0, 4)}/${date}`;
  return { md: `${base}.md`, html: `${base}.html`, json: `${base}.json` };
}

export function createFilesChannel(o: FilesOptions): Channel {
  const root = resolve(o.outDir);
  return {
    type: "files",
    limit: { unit: "bytes", max: Number.POSITIVE_INFINITY },
    minIntervalMs: 0,
    secrets: [],
    format: ({ rendered }) => [rendered.markdown],
    async send(part) {
      const paths = archivePaths(part.date);
      const files: Record<string, string> = {
        [paths.md]: part.rendered.markdown,
        [paths.html]: part.rendered.html,
        [paths.json]: part.rendered.json,
        ...part.rendered.extraFiles,
      };
      for (const [name, content] of Object.entries(files)) {
        const target = resolve(root, name);
        // Extra file names come from the renderer; still, nothing may land outside the output dir.
        if (relative(root, target).startsWith("..")) {
          throw new DeliveryError(`files: ${name} is outside the output dir`, "files", false);
        }
        try {
          await writeFileAtomic(join(target), content);
        } catch (error) {
          throw new DeliveryError(
            `files: cannot write ${name}: ${(error as Error).message}`,
            "files",
            false,
            { cause: error },
          );
        }
      }
    },
  };
}
