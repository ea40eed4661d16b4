/**
 * The questions `daybrief init` asks on a terminal (node:readline/promises). Answers already given
 * as flags are not asked again. Lines are read through the interface's async iterator, which
 * buffers, so answers typed (or piped) ahead of their question are not lost.
 */
import { createInterface } from "node:readline/promises";
import { UsageError } from "../../errors.ts";
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
): Promise<InitChoices> {
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
    if (next.done) throw new UsageError("init cancelled: input ended before every question was answered");
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
    say("daybrief init — 回车接受 [默认值] / press Enter for the [default]");
    let accounts = preset.accounts;
    if (!accounts) {
      say("公众号 / WeChat accounts:");
      say(WECHAT_ACCOUNTS.map((a, i) => `  ${i + 1}. ${a.name} (${a.id})`).join("\n"));
      accounts = await askUntil(
        "订阅哪些？编号或名字，逗号分隔 / which ones? numbers or names [all]: ",
        parseAccountList,
        "没有这个公众号 / unknown account: use 1–3, names, or all",
      );
    }
    let bridge = preset.bridge;
    if (bridge === undefined) {
      const answer = await askUntil(
        "自建桥接的地址（如 WeWe RSS 的 http://127.0.0.1:4000），留空用公共订阅源 / your bridge's base URL, empty for public feeds []: ",
        (a) => (a.trim() === "" || /^https?:\/\/\S+$/i.test(a.trim()) ? a.trim() : undefined),
        "请输入 http(s):// 开头的地址或留空 / an http(s):// URL or nothing",
      );
      bridge = answer || undefined;
    }
    if (bridge) {
      for (const account of accounts) {
        if (account.feed) continue;
        const name = WECHAT_ACCOUNTS.find((a) => a.id === account.id)!.name;
        const feed = (
          await ask(
            `${name} 在桥接里的 feed id（如 MP_WXS_123）或完整订阅地址，留空用公共订阅源 / its feed id or URL []: `,
          )
        ).trim();
        if (feed) account.feed = feed;
      }
    }
    const llm =
      preset.llm ??
      (await askUntil<InitLlm>(
        `大模型 / LLM (${INIT_LLMS.map((c, i) => `${i + 1}.${c}`).join(" ")}) [offline]: `,
        (a) => pick(INIT_LLMS, a, "offline"),
        `请选择 / choose one of: ${INIT_LLMS.join(", ")}`,
      ));
    const channel =
      preset.channel ??
      (await askUntil<InitChannel>(
        `推送渠道 / channel (${INIT_CHANNELS.map((c, i) => `${i + 1}.${c}`).join(" ")}) [none]: `,
        (a) => pick(INIT_CHANNELS, a, "none"),
        `请选择 / choose one of: ${INIT_CHANNELS.join(", ")}`,
      ));
    return { accounts, ...(bridge ? { bridge } : {}), llm, channel };
  } finally {
    rl.close();
  }
}
