/**
 * Writes a file whole: to a temp file beside it, then a rename, so a reader (a static server, a
 * feed reader) never sees half a file. The pipeline writes the archive, index and feed with it.
 */
import { mkdir, open, rename, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

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

/** As `writeFileAtomic`, the content written piece by piece as `pieces` yields it (never held whole). */
export async function writeFileAtomicFrom(path: string, pieces: AsyncIterable<string>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    const file = await open(temp, "w");
    try {
      for await (const piece of pieces) await file.write(piece, null, "utf8");
    } finally {
      await file.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
