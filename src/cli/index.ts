import { UsageError } from "../errors.ts";
import { redactPatterns } from "../model/redact.ts";
import type { CliContext } from "./context.ts";
import { describeError } from "./handle-error.ts";
import { detectLang, langFlag, langOf, translate } from "./i18n.ts";
import { buildProgram } from "./program.ts";

export type { CliContext } from "./context.ts";

/** Runs the CLI on argv (without node and script) and resolves to the exit code. */
export async function runCli(args: string[], ctx: CliContext): Promise<number> {
  let code = 0;
  // The language is known before the command tree is built: its help texts are in it.
  const lang = ctx.lang ?? detectLang(args, ctx.env);
  const withLang: CliContext = { ...ctx, lang };
  try {
    const flag = langFlag(args);
    if (flag !== undefined && !langOf(flag))
      throw new UsageError(translate(lang, "lang.invalid", { value: flag }));
    const program = buildProgram(withLang, (c) => {
      code = c;
    });
    await program.parseAsync(args, { from: "user" });
    return code;
  } catch (error) {
    const { message, code: exitCode } = describeError(error, lang);
    // The config's redactor is not built yet (or failed to build): redact by pattern at least.
    if (message) ctx.stderr.write(`${redactPatterns(message)}\n`);
    return exitCode;
  }
}
