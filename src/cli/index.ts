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
    if (message) ctx.stderr.write(`${message}\n`);
    return exitCode;
  }
}
