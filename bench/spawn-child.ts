import { spawn } from "node:child_process";

/**
 * Runs `node --import tsx [execArgv] <args>` (a bench child, so its peak RSS is its own) and returns
 * its last stdout line, which must start with `opening` ("[" or "{": the child's JSON figures).
 * stderr passes through; a non-zero exit or another last line throws, naming `what`.
 */
export async function lastLineOfChild(
  what: string,
  args: string[],
  opening: string,
  execArgv: string[] = [],
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const child = spawn(process.execPath, ["--import", "tsx", ...execArgv, ...args], {
    stdio: ["ignore", "pipe", "inherit"],
    env,
  });
  let out = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    out += chunk;
  });
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  const last = out.trim().split("\n").at(-1) ?? "";
  if (code !== 0 || !last.startsWith(opening)) throw new Error(`${what} child exited ${code}: ${last}`);
  return last;
}
