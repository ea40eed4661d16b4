import { redactPatterns } from "../model/redact.ts";
import type { CliContext } from "./context.ts";
import { describeError } from "./handle-error.ts";
import { buildProgram } from "./program.ts";

export type { CliContext } from "./context.ts";

/** Runs the CLI on argv (without node and script) and resolves to the exit code. */
export async function runCli(args: string[], ctx: CliContext): Promise<number> {
  let code = 0;
  const program = buildProgram(ctx, (c) => {
    code = c;
  });
  try {
    await program.parseAsync(args, { from: "user" });
    return code;
  } catch (error) {
    const { message, code: exitCode } = describeError(error);
    // The config's redactor is not built yet (or failed to build): redact by pattern at least.
    if (message) ctx.stderr.write(`${redactPatterns(message)}\n`);
    return exitCode;
  }
}
