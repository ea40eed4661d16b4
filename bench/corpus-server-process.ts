// The scaled corpus served from a child process, so the chain's RSS and CPU figures measure the
// client side only (as with a real remote server). Run as a script, it serves and prints its origin;
// the parent spawns it and stops it by pid.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createDemoFetch } from "../src/demo/index.ts";
import { buildScaledCorpus, type CorpusServer, startCorpusServer } from "./chain-corpus.ts";

const SELF = fileURLToPath(import.meta.url);

/**
 * Starts `node --import tsx <script> <args…>`, waits for the origin line it prints when it serves,
 * and stops it by pid on close().
 */
export async function spawnOriginProcess(
  script: string,
  args: string[],
): Promise<{ origin: string; close(): Promise<void> }> {
  const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout });
  const exited = once(child, "exit").then(([code]) => {
    throw new Error(`${script} exited with code ${code} before it was ready`);
  });
  const ready = once(lines, "line").then(([line]) => String(line).trim());
  const origin = await Promise.race([ready, exited]);
  exited.catch(() => {}); // after start-up an exit is expected (close())
  return {
    origin,
    async close() {
      lines.close();
      if (child.exitCode === null && child.pid !== undefined) {
        const gone = once(child, "exit");
        child.kill("SIGTERM");
        await gone;
      }
    },
  };
}

/** Starts `node --import tsx corpus-server-process.ts <articles>` and waits for its origin line. */
export async function spawnCorpusServer(articles: number): Promise<CorpusServer> {
  const server = await spawnOriginProcess(SELF, [String(articles)]);
  return { ...server, fetch: createDemoFetch(server.origin) };
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === pathToFileURL(SELF).href) {
  const server = await startCorpusServer(buildScaledCorpus(Number(process.argv[2] ?? 1000)));
  process.stdout.write(`${server.origin}\n`);
  process.once("SIGTERM", () => void server.close().then(() => process.exit(0)));
}
