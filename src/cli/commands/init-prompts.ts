/**
 * The questions `daybrief init` asks on a terminal (node:readline/promises). Answers already given
 * as flags are not asked again. Lines are read through the interface's async iterator, which
 * buffers, so answers typed (or piped) ahead of their question are not lost.
 */
import { createInterface } from "node:readline/promises";
import { UsageError } from "../../errors.ts";
import { type Lang, translate } from "../i18n.ts";
import {
  INIT_CHANNELS,
  INIT_LLMS,
  type InitAccount,
  type InitChannel,
  type InitChoices,
  type InitLlm,
  WECHAT_ACCOUNTS,
} from "./init-config.ts";

export interface PromptStreams {
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream & { isTTY?: boolean };
}

/** Parses "1,3", "机器之心 量子位", "jiqizhixin,qbitai" or "all" into account ids; undefined when unknown. */
export function parseAccountList(text: string): InitAccount[] | undefined {
  const words = text
    .split(/[,，\s]+/)
    .map((w) => w.trim())
    .filter(Boolean);
  if (words.length === 0 || (words.length === 1 && /^(all|全部)$/i.test(words[0]!))) {
    return WECHAT_ACCOUNTS.map((a) => ({ id: a.id }));
  }
  const out: InitAccount[] = [];
  for (const word of words) {
    const [key, feed] = word.split(/=(.*)/s, 2) as [string, string | undefined];
    const byIndex = /^\d+$/.test(key) ? WECHAT_ACCOUNTS[Number(key) - 1] : undefined;
    const found = byIndex ?? WECHAT_ACCOUNTS.find((a) => a.id === key.toLowerCase() || a.name === key);
    if (!found) return undefined;
    if (!out.some((a) => a.id === found.id)) out.push(feed ? { id: found.id, feed } : { id: found.id });
  }
  return out;
}

function pick<T extends string>(choices: readonly T[], answer: string, fallback: T): T | undefined {
  const a = answer.trim().toLowerCase();
  if (a === "") return fallback;
  if (/^\d+$/.test(a)) return choices[Number(a) - 1];
  return choices.find((c) => c === a);
}

/** Asks for whatever `preset` leaves open and returns the complete choices. */
export async function askInitChoices(
  streams: PromptStreams,
  preset: Partial<InitChoices>,
  lang: Lang = "zh",
): Promise<InitChoices> {
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(lang, key, params);
  const rl = createInterface({
    input: streams.input,
    output: streams.output,
    terminal: Boolean(streams.input.isTTY && streams.output.isTTY),
  });
  const lines = rl[Symbol.asyncIterator]();
  const say = (text: string) => streams.output.write(`${text}\n`);
  const ask = async (question: string): Promise<string> => {
    // Through the interface, so a terminal's line editing redraws the question with the answer.
    rl.setPrompt(question);
    rl.prompt();
    const next = await lines.next();
    if (next.done) throw new UsageError(t("init.ask.cancelled"));
    return String(next.value);
  };
  const askUntil = async <T>(question: string, read: (answer: string) => T | undefined, again: string) => {
    for (;;) {
      const value = read(await ask(question));
      if (value !== undefined) return value;
      say(again);
    }
  };
  try {
    say(t("init.ask.intro"));
    let accounts = preset.accounts;
    if (!accounts) {
      say(t("init.ask.accountsTitle"));
      say(WECHAT_ACCOUNTS.map((a, i) => `  ${i + 1}. ${a.name} (${a.id})`).join("\n"));
      accounts = await askUntil(t("init.ask.accounts"), parseAccountList, t("init.ask.accountsAgain"));
    }
    let bridge = preset.bridge;
    if (bridge === undefined) {
      const answer = await askUntil(
        t("init.ask.bridge"),
        (a) => (a.trim() === "" || /^https?:\/\/\S+$/i.test(a.trim()) ? a.trim() : undefined),
        t("init.ask.bridgeAgain"),
      );
      bridge = answer || undefined;
    }
    if (bridge) {
      for (const account of accounts) {
        if (account.feed) continue;
        const name = WECHAT_ACCOUNTS.find((a) => a.id === account.id)!.name;
        const feed = (await ask(t("init.ask.feed", { name }))).trim();
        if (feed) account.feed = feed;
      }
    }
    const llm =
      preset.llm ??
      (await askUntil<InitLlm>(
        t("init.ask.llm", { choices: INIT_LLMS.map((c, i) => `${i + 1}.${c}`).join(" ") }),
        (a) => pick(INIT_LLMS, a, "offline"),
        t("init.ask.chooseOne", { choices: INIT_LLMS.join(", ") }),
      ));
    const channel =
      preset.channel ??
      (await askUntil<InitChannel>(
        t("init.ask.channel", { choices: INIT_CHANNELS.map((c, i) => `${i + 1}.${c}`).join(" ") }),
        (a) => pick(INIT_CHANNELS, a, "none"),
        t("init.ask.chooseOne", { choices: INIT_CHANNELS.join(", ") }),
      ));
    return { accounts, ...(bridge ? { bridge } : {}), llm, channel };
  } finally {
    rl.close();
  }
}
