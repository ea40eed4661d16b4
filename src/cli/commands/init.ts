import { existsSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse } from "yaml";
import { STARTER_CONFIG } from "../../config/index.ts";
import { listEnvReferences } from "../../config/interpolate.ts";
import { UsageError } from "../../errors.ts";
import { type CliContext, print } from "../context.ts";
import { DEFAULT_CONFIG_FILE } from "../load.ts";
import { buildInitConfig, INIT_CHANNELS, INIT_LLMS, type InitChoices } from "./init-config.ts";
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
function choicesFromFlags(options: InitOptions): Partial<InitChoices> {
  const out: Partial<InitChoices> = {};
  if (options.accounts !== undefined) {
    const accounts = parseAccountList(options.accounts);
    if (!accounts) {
      throw new UsageError(
        `--accounts ${options.accounts}: use jiqizhixin, xinzhiyuan, qbitai (or 机器之心, 新智元, 量子位, 1–3, all), each optionally =<feed id or URL>`,
      );
    }
    out.accounts = accounts;
  }
  if (options.bridge !== undefined) {
    if (!/^https?:\/\/\S+$/i.test(options.bridge)) {
      throw new UsageError(
        `--bridge ${options.bridge}: give the bridge's base URL, e.g. http://127.0.0.1:4000`,
      );
    }
    out.bridge = options.bridge;
  }
  if (options.llm !== undefined) {
    const llm = INIT_LLMS.find((l) => l === options.llm);
    if (!llm) throw new UsageError(`--llm ${options.llm}: choose one of ${INIT_LLMS.join(", ")}`);
    out.llm = llm;
  }
  if (options.channel !== undefined) {
    const channel = INIT_CHANNELS.find((c) => c === options.channel);
    if (!channel)
      throw new UsageError(`--channel ${options.channel}: choose one of ${INIT_CHANNELS.join(", ")}`);
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
  const path = resolve(ctx.cwd, options.config ?? DEFAULT_CONFIG_FILE);
  if (existsSync(path) && !options.force) {
    throw new UsageError(`${path} exists already — pass --force to overwrite it`);
  }
  const preset = choicesFromFlags(options);
  const interactive = !options.yes && Boolean(ctx.stdin?.isTTY && ctx.stdout.isTTY);
  let text = STARTER_CONFIG;
  if (interactive && ctx.stdin) {
    text = buildInitConfigOrUsage(await askInitChoices({ input: ctx.stdin, output: ctx.stdout }, preset));
  } else if (Object.keys(preset).length > 0) {
    const accounts = preset.accounts ?? parseAccountList("all")!;
    text = buildInitConfigOrUsage({ llm: "offline", channel: "none", ...preset, accounts });
  }
  writeFileSync(path, text);
  print(ctx.stdout, `已写入 / wrote ${path}`);
  // From the values, not the comments (which mention ${ENV_VAR} as an example).
  const vars = listEnvReferences(JSON.stringify(parse(text)));
  if (vars.length > 0) {
    print(ctx.stdout, `设置这些环境变量 / set these variables: ${vars.join(" ")}`);
  }
  print(ctx.stdout, "下一步 / next: `daybrief config check`, then `daybrief run`");
  return 0;
}

function buildInitConfigOrUsage(choices: InitChoices): string {
  try {
    return buildInitConfig(choices);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
