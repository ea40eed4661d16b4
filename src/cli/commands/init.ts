import { existsSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse } from "yaml";
import { listEnvReferences } from "../../config/interpolate.ts";
import { UsageError } from "../../errors.ts";
import { type CliContext, print } from "../context.ts";
import { langOfContext, messagesOf, type Translate } from "../i18n.ts";
import { DEFAULT_CONFIG_FILE } from "../load.ts";
import { buildInitConfig, INIT_CHANNELS, INIT_LLMS, type InitChoices, starterConfig } from "./init-config.ts";
import { askInitChoices, parseAccountList } from "./init-prompts.ts";

export interface InitOptions {
  config?: string;
  force?: boolean;
  accounts?: string;
  bridge?: string;
  llm?: string;
  channel?: string;
  yes?: boolean;
}

/** The choices the flags make; every flag is checked before anything is asked or written. */
function choicesFromFlags(options: InitOptions, t: Translate): Partial<InitChoices> {
  const out: Partial<InitChoices> = {};
  if (options.accounts !== undefined) {
    const accounts = parseAccountList(options.accounts);
    if (!accounts) {
      throw new UsageError(t("init.badAccounts", { value: options.accounts }));
    }
    out.accounts = accounts;
  }
  if (options.bridge !== undefined) {
    if (!/^https?:\/\/\S+$/i.test(options.bridge)) {
      throw new UsageError(t("init.badBridge", { value: options.bridge }));
    }
    out.bridge = options.bridge;
  }
  if (options.llm !== undefined) {
    const llm = INIT_LLMS.find((l) => l === options.llm);
    if (!llm)
      throw new UsageError(
        t("init.badChoice", { flag: "--llm", value: options.llm, choices: INIT_LLMS.join(", ") }),
      );
    out.llm = llm;
  }
  if (options.channel !== undefined) {
    const channel = INIT_CHANNELS.find((c) => c === options.channel);
    if (!channel)
      throw new UsageError(
        t("init.badChoice", { flag: "--channel", value: options.channel, choices: INIT_CHANNELS.join(", ") }),
      );
    out.channel = channel;
  }
  return out;
}

/**
 * `daybrief init`: writes a config (never over an existing one unless --force). On a terminal it
 * asks which accounts, LLM and channel; flags answer for scripts; with neither (or off a terminal
 * without flags) it writes the commented starter config.
 */
export async function initCommand(ctx: CliContext, options: InitOptions): Promise<number> {
  const t = messagesOf(ctx);
  const lang = langOfContext(ctx);
  const path = resolve(ctx.cwd, options.config ?? DEFAULT_CONFIG_FILE);
  if (existsSync(path) && !options.force) throw new UsageError(t("init.exists", { path }));
  const preset = choicesFromFlags(options, t);
  const interactive = !options.yes && Boolean(ctx.stdin?.isTTY && ctx.stdout.isTTY);
  let text = starterConfig(lang);
  if (interactive && ctx.stdin) {
    const choices = await askInitChoices({ input: ctx.stdin, output: ctx.stdout }, preset, lang);
    text = buildInitConfigOrUsage(choices, ctx);
  } else if (Object.keys(preset).length > 0) {
    const accounts = preset.accounts ?? parseAccountList("all")!;
    text = buildInitConfigOrUsage({ llm: "offline", channel: "none", ...preset, accounts }, ctx);
  }
  writeFileSync(path, text);
  print(ctx.stdout, t("init.wrote", { path }));
  // From the values, not the comments (which mention ${ENV_VAR} as an example).
  const vars = listEnvReferences(JSON.stringify(parse(text)));
  if (vars.length > 0) print(ctx.stdout, t("init.setVariables", { vars: vars.join(" ") }));
  print(ctx.stdout, t("init.next"));
  return 0;
}

function buildInitConfigOrUsage(choices: InitChoices, ctx: CliContext): string {
  try {
    return buildInitConfig(choices, langOfContext(ctx));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
