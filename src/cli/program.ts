import { Command, Help, type Option } from "commander";
import {
  channelsTestCommand,
  configCheckCommand,
  configSchemaCommand,
  demoCommand,
  dupesCommand,
  hashTokenCommand,
  importSourcesCommand,
  initCommand,
  listSourcesCommand,
  llmTestCommand,
  mcpCommand,
  publishSiteCommand,
  renderCommand,
  reviewCommand,
  runCommand,
  runsCommand,
  scheduleCommand,
  searchCommand,
  serveCommand,
  verifyCommand,
  workerCommand,
} from "./commands/lazy.ts";
import type { CliContext } from "./context.ts";
import { messagesOf, type Translate } from "./i18n.ts";
import type { MessageKey } from "./messages.ts";

/** The command tree. Each action returns an exit code; errors are turned into one in main. */
export function buildProgram(ctx: CliContext, setExit: (code: number) => void): Command {
  const t = messagesOf(ctx);
  const program = new Command("daybrief")
    .description(t("program.description"))
    .version("0.1.0", "-V, --version", t("opt.version"))
    .helpOption("-h, --help", t("opt.help"))
    .helpCommand("help [command]", t("help.helpCommand"))
    .option("--lang <zh|en>", t("opt.lang"))
    .exitOverride()
    .configureHelp(localHelp(t))
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
      outputError: (s, write) => write(localCommanderError(s, t)),
    })
    .showHelpAfterError(t("program.helpAfterError"));
  const exit = (code: number | Promise<number>) => Promise.resolve(code).then(setExit);
  const withConfig = (c: Command) => c.option("-c, --config <path>", t("opt.config"));

  program
    .command("init")
    .description(t("init.description"))
    .option("-c, --config <path>", t("init.opt.config"))
    .option("--force", t("init.opt.force"))
    .option("--accounts <list>", t("init.opt.accounts"))
    .option("--bridge <url>", t("init.opt.bridge"))
    .option("--llm <name>", "deepseek | qwen | kimi | glm | openai | ollama | offline")
    .option("--channel <name>", "feishu | dingtalk | wecom | telegram | slack | discord | email | none")
    .option("--yes", t("init.opt.yes"))
    .action((o) => exit(initCommand(ctx, o)));

  withConfig(program.command("run"))
    .description(t("run.description"))
    .option("-d, --date <YYYY-MM-DD>", t("run.opt.date"))
    .option("--reanalyse", t("run.opt.reanalyse"))
    .option("--no-deliver", t("run.opt.noDeliver"))
    .option("--force-deliver", t("run.opt.forceDeliver"))
    .option("--update", t("run.opt.update"))
    .option("--briefing <id>", t("run.opt.briefing"))
    .option("-q, --quiet", t("opt.quiet"))
    .action((o) => exit(runCommand(ctx, o)));

  withConfig(program.command("render"))
    .description(t("render.description"))
    .option("-d, --date <YYYY-MM-DD>", t("opt.latestDay"))
    .option("-f, --format <format>", t("render.opt.format"))
    .option("--archive", t("render.opt.archive"))
    .option("--briefing <id>", t("opt.briefing"))
    .action((o) => exit(renderCommand(ctx, o)));

  withConfig(program.command("review"))
    .description(t("review.description"))
    .option("-d, --date <YYYY-MM-DD>", t("review.opt.date"))
    .option("--list", t("review.opt.list"))
    .option("--publish", t("review.opt.publish"))
    .option("--discard", t("review.opt.discard"))
    .option("--briefing <id>", t("opt.briefing"))
    .action((o) => exit(reviewCommand(ctx, o)));

  const sources = withConfig(program.command("sources"))
    .description(t("sources.description"))
    .action((o) => exit(listSourcesCommand(ctx, o)));
  withConfig(sources.command("import <file.opml>"))
    .description(t("sources.import.description"))
    .action((file, o) => exit(importSourcesCommand(ctx, file, o)));

  withConfig(program.command("dupes"))
    .description(t("dupes.description"))
    .option("-d, --date <YYYY-MM-DD>", t("opt.latestDay"))
    .option("--briefing <id>", t("opt.briefing"))
    .action((o) => exit(dupesCommand(ctx, o)));

  withConfig(program.command("runs"))
    .description(t("runs.description"))
    .option("-n, --limit <n>", t("runs.opt.limit"), "20")
    .action((o) => exit(runsCommand(ctx, o)));

  withConfig(program.command("search <query>"))
    .description(t("search.description"))
    .option("--from <YYYY-MM-DD>", t("search.opt.from"))
    .option("--to <YYYY-MM-DD>", t("search.opt.to"))
    .option("--source <id>", t("search.opt.source"))
    .option("--org <name>", t("search.opt.org"))
    .option("--tag <tag>", t("search.opt.tag"))
    .option("--min-stars <n>", t("search.opt.minStars"))
    .option("--analyser <name>", t("search.opt.analyser"))
    .option("-n, --limit <n>", t("search.opt.limit"), "10")
    .option("--json", t("search.opt.json"))
    .action((query, o) => exit(searchCommand(ctx, query, o)));

  withConfig(program.command("publish-site"))
    .description(t("publishSite.description"))
    .option("-o, --out <dir>", t("publishSite.opt.out"), "./site")
    .option("--site-url <url>", t("publishSite.opt.siteUrl"))
    .option("--briefing <id>", t("opt.briefing"))
    .action((o) => exit(publishSiteCommand(ctx, o)));

  withConfig(program.command("mcp"))
    .description(t("mcp.description"))
    .option("--store <path>", t("mcp.opt.store"))
    .option("--read-only", t("mcp.opt.readOnly"))
    .action((o) => exit(mcpCommand(ctx, o)));

  program
    .command("api")
    .description(t("api.description"))
    .command("hash-token [token]")
    .description(t("api.hashToken.description"))
    .option("--name <name>", t("api.hashToken.opt.name"), "my-client")
    .option("--scopes <list>", t("api.hashToken.opt.scopes"), "read")
    .action((token, o) => exit(hashTokenCommand(ctx, token, o)));

  program
    .command("demo")
    .description(t("demo.description"))
    .option("-o, --out <dir>", t("demo.opt.out"), "./daybrief-demo")
    .option("--llm <stub>", t("demo.opt.llm"))
    .option("--serve", t("demo.opt.serve"))
    .option("-p, --port <port>", t("demo.opt.port"), "8080")
    .option("-q, --quiet", t("opt.quiet"))
    .action((o) => exit(demoCommand(ctx, o)));

  withConfig(program.command("schedule"))
    .description(t("schedule.description"))
    .option("--once", t("schedule.opt.once"))
    .action((o) => exit(scheduleCommand(ctx, o)));

  withConfig(program.command("serve"))
    .description(t("serve.description"))
    .option("-p, --port <port>", t("serve.opt.port"))
    .option("--host <address>", t("serve.opt.host"))
    .option("--schedule", t("serve.opt.schedule"))
    .option("--hash-password", t("serve.opt.hashPassword"))
    .option("--metrics-port <port>", t("worker.opt.metricsPort"))
    .option("--metrics-host <address>", t("worker.opt.metricsHost"))
    .action((o) => exit(serveCommand(ctx, o)));

  withConfig(program.command("worker"))
    .description(t("worker.description"))
    .option("--concurrency <n>", t("worker.opt.concurrency"))
    .option("--metrics-port <port>", t("worker.opt.metricsPort"))
    .option("--metrics-host <address>", t("worker.opt.metricsHost"))
    .option("--grace-seconds <s>", t("worker.opt.graceSeconds"))
    .action((o) => exit(workerCommand(ctx, o)));

  withConfig(program.command("verify"))
    .description(t("verify.description"))
    .option("--entry <entry.json>", t("verify.opt.entry"))
    .option("--article <file>", t("verify.opt.article"))
    .option("-d, --date <YYYY-MM-DD|latest>", t("verify.opt.date"))
    .option("--policy <policy>", t("verify.opt.policy"), "drop")
    .option("--briefing <id>", t("opt.briefing"))
    .action((o) => exit(verifyCommand(ctx, o)));

  const llm = program.command("llm").description(t("llm.description"));
  withConfig(llm.command("test"))
    .description(t("llm.test.description"))
    .action((o) => exit(llmTestCommand(ctx, o)));

  const channels = program.command("channels").description(t("channels.description"));
  withConfig(channels.command("test [id]"))
    .description(t("channels.test.description"))
    .action((id, o) => exit(channelsTestCommand(ctx, id, o)));

  const config = program.command("config").description(t("config.description"));
  config
    .command("schema")
    .description(t("config.schema.description"))
    .action(() => exit(configSchemaCommand(ctx)));
  withConfig(config.command("check"))
    .description(t("config.check.description"))
    .action((o) => exit(configCheckCommand(ctx, o)));

  return program;
}

/** commander's own headings and "(default: …)" in the CLI's language. */
function localHelp(t: Translate): Partial<Help> {
  const titles: Record<string, MessageKey> = {
    "Usage:": "help.usage",
    "Options:": "help.options",
    "Commands:": "help.commands",
    "Arguments:": "help.arguments",
    "Global Options:": "help.globalOptions",
  };
  return {
    styleTitle: (title: string) => (titles[title] ? t(titles[title]) : title),
    optionDescription: (option: Option) =>
      Help.prototype.optionDescription.call(new Help(), option).replace("(default:", `(${t("help.default")}`),
  };
}

/** commander's parse errors, recognised by their fixed wording and said in the CLI's language. */
const COMMANDER_ERRORS: [RegExp, MessageKey][] = [
  [/^error: unknown option (.+)$/m, "commander.unknownOption"],
  [/^error: unknown command (.+)$/m, "commander.unknownCommand"],
  [/^error: missing required argument (.+)$/m, "commander.missingArgument"],
  [/^error: option (.+) argument missing$/m, "commander.optionMissingArgument"],
  [/^error: required option (.+) not specified$/m, "commander.missingMandatoryOption"],
  [/^error: too many arguments.*$/m, "commander.excessArguments"],
];

export function localCommanderError(text: string, t: Translate): string {
  for (const [pattern, key] of COMMANDER_ERRORS) {
    const m = pattern.exec(text);
    if (m) return text.replace(m[0], t(key, { name: m[1] }));
  }
  return text;
}
