import { Command } from "commander";
import {
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
  runCommand,
  runsCommand,
  scheduleCommand,
  searchCommand,
  serveCommand,
  verifyCommand,
} from "./commands/lazy.ts";
import type { CliContext } from "./context.ts";

/** The command tree. Each action returns an exit code; errors are turned into one in main. */
export function buildProgram(ctx: CliContext, setExit: (code: number) => void): Command {
  const program = new Command("daybrief")
    .description("Writes a daily AI intelligence briefing from feeds: collect, read, analyse, rank, publish.")
    .version("0.1.0")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
    })
    .showHelpAfterError("(run `daybrief --help` for the commands)");
  const exit = (code: number | Promise<number>) => Promise.resolve(code).then(setExit);
  const withConfig = (c: Command) =>
    c.option("-c, --config <path>", "config file (default ./daybrief.config.yaml)");

  program
    .command("init")
    .description("write a commented starter config (daybrief.config.yaml)")
    .option("-c, --config <path>", "where to write it")
    .option("--force", "overwrite an existing file")
    .option(
      "--accounts <list>",
      "WeChat accounts: jiqizhixin,xinzhiyuan,qbitai (each =<feed id or URL>), or all",
    )
    .option("--bridge <url>", "your WeChat→RSS bridge's base URL (WeWe RSS), or a URL with {id}")
    .option("--llm <name>", "deepseek | qwen | kimi | glm | openai | ollama | offline")
    .option("--channel <name>", "feishu | dingtalk | wecom | telegram | slack | discord | email | none")
    .option("--yes", "ask nothing, even on a terminal")
    .action((o) => exit(initCommand(ctx, o)));

  withConfig(program.command("run"))
    .description("collect, read, analyse and publish the briefing of one day")
    .option("-d, --date <YYYY-MM-DD>", "the day (default: today in the configured time zone)")
    .option("--reanalyse", "analyse again even when a stored analysis matches")
    .option("--no-deliver", "write the files but send nothing to the channels")
    .option("--force-deliver", "send every part again, even those the delivery log has as sent")
    .option(
      "--update",
      "catch-up run: send the channels only the entries the day's briefing did not have yet",
    )
    .option("-q, --quiet", "no progress display")
    .action((o) => exit(runCommand(ctx, o)));

  withConfig(program.command("render"))
    .description("rebuild a day's outputs from stored analyses (no fetching, no analysis)")
    .requiredOption("-d, --date <YYYY-MM-DD>", "the day")
    .option("-f, --format <format>", "md, html or json: print this format to stdout instead of writing files")
    .action((o) => exit(renderCommand(ctx, o)));

  const sources = withConfig(program.command("sources"))
    .description("list sources with their health")
    .action((o) => exit(listSourcesCommand(ctx, o)));
  withConfig(sources.command("import <file.opml>"))
    .description("append the feeds of an OPML file to the config")
    .action((file, o) => exit(importSourcesCommand(ctx, file, o)));

  withConfig(program.command("dupes"))
    .description("what was merged into one story on a date, and why (similarity scores)")
    .requiredOption("-d, --date <YYYY-MM-DD>", "the day")
    .action((o) => exit(dupesCommand(ctx, o)));

  withConfig(program.command("runs"))
    .description("the latest runs: counts, failures, LLM usage")
    .option("-n, --limit <n>", "how many", "20")
    .action((o) => exit(runsCommand(ctx, o)));

  withConfig(program.command("search <query>"))
    .description('full-text search of stored entries and articles, e.g. search "美团 STAR"')
    .option("--from <YYYY-MM-DD>", "first day (inclusive)")
    .option("--to <YYYY-MM-DD>", "last day (inclusive)")
    .option("--source <id>", "only this source")
    .option("--org <name>", "only entries whose org contains this")
    .option("--tag <tag>", "only entries with this tag")
    .option("--min-stars <n>", "only entries with at least n ★")
    .option("--analyser <name>", "only entries by this analyser (e.g. offline-extractive)")
    .option("-n, --limit <n>", "how many hits (1–100)", "10")
    .option("--json", "print the result as JSON")
    .action((query, o) => exit(searchCommand(ctx, query, o)));

  withConfig(program.command("publish-site"))
    .description(
      "write a static site of the archive (day pages, index with search, Atom feed) for any static host",
    )
    .option("-o, --out <dir>", "output folder", "./site")
    .option(
      "--site-url <url>",
      "the site's public URL (default: config output.siteUrl), for the feed's ids and links",
    )
    .action((o) => exit(publishSiteCommand(ctx, o)));

  withConfig(program.command("mcp"))
    .description("MCP server over stdio for Claude Desktop, Cursor, Cherry Studio … (docs/mcp.md)")
    .option("--store <path>", "the store file (default: store.path of the config)")
    .option("--read-only", "refuse run_day (the only tool that writes)")
    .action((o) => exit(mcpCommand(ctx, o)));

  program
    .command("api")
    .description("HTTP API helpers (docs/api.md)")
    .command("hash-token [token]")
    .description("print the sha256 of a bearer token for api.tokens (makes a new token when none is given)")
    .option("--name <name>", "the token's name in the config", "my-client")
    .option("--scopes <list>", "read or read,write", "read")
    .action((token, o) => exit(hashTokenCommand(ctx, token, o)));

  program
    .command("demo")
    .description("run the bundled demo day (2026-02-04): no network, no API key")
    .option("-o, --out <dir>", "output folder", "./daybrief-demo")
    .option("--llm <stub>", "analyse with an LLM: `stub` runs the bundled OpenAI-compatible stub server")
    .option("--serve", "then add 60 generated earlier days and serve the web app until Ctrl-C")
    .option("-p, --port <port>", "with --serve: TCP port", "8080")
    .option("-q, --quiet", "no progress display")
    .action((o) => exit(demoCommand(ctx, o)));

  withConfig(program.command("schedule"))
    .description(
      "run the configured jobs at their times (default 21:00 in the config's time zone) until Ctrl-C",
    )
    .option("--once", "run what is due now (a missed run of today) and exit")
    .action((o) => exit(scheduleCommand(ctx, o)));

  withConfig(program.command("serve"))
    .description("serve the web app: briefings, search, entries with their evidence, sources, runs, trends")
    .option("-p, --port <port>", "TCP port (default serve.port, 8080)")
    .option("--host <address>", "address to listen on (default serve.host, 127.0.0.1)")
    .option("--schedule", "also run the configured schedule in this process")
    .option("--hash-password", "print the scrypt hash of the password read from stdin (for serve.users)")
    .action((o) => exit(serveCommand(ctx, o)));

  withConfig(program.command("verify"))
    .description("check an entry's links, figures and org against its article and explain each decision")
    .option("--entry <entry.json>", "an entry as JSON (the Entry shape of docs/json-output.md)")
    .option("--article <file>", "the article: an HTML page or plain text")
    .option("-d, --date <YYYY-MM-DD>", "re-verify every entry stored for that day")
    .option("--policy <policy>", "drop or mark unsupported claims", "drop")
    .action((o) => exit(verifyCommand(ctx, o)));

  const llm = program.command("llm").description("the configured LLM providers");
  withConfig(llm.command("test"))
    .description("send one tiny request to each provider: latency, model, JSON support")
    .action((o) => exit(llmTestCommand(ctx, o)));

  const config = program.command("config").description("the config file");
  config
    .command("schema")
    .description("print the JSON Schema of the config (for editor completion)")
    .action(() => exit(configSchemaCommand(ctx)));
  withConfig(config.command("check"))
    .description("validate the config and report every problem")
    .action((o) => exit(configCheckCommand(ctx, o)));

  return program;
}
