import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { UsageError } from "../../errors.ts";
import { extractPage } from "../../extract/index.ts";
import type { Entry } from "../../model/entry.ts";
import { entrySchema } from "../../model/entry-schema.ts";
import { verifyDay, verifyGivenEntry } from "../../queries/index.ts";
import { openConfiguredStore, storeMayExist } from "../../store/index.ts";
import type { ClaimExplanation, ClaimReport, EvidenceArticle } from "../../verify/index.ts";
import { type CliContext, print } from "../context.ts";
import { loadCliConfig, resolveDate } from "../load.ts";
import { textFromLabel } from "./dupes.ts";

export interface VerifyCommandOptions {
  config?: string;
  entry?: string;
  article?: string;
  date?: string;
  policy?: "drop" | "mark";
}

/**
 * `daybrief verify --entry entry.json --article page.html|text.txt`: every claim with its verdict.
 * `--date D`: re-verifies the stored analyses of that day. Exit 1 when any claim is unsupported.
 */
export async function verifyCommand(ctx: CliContext, options: VerifyCommandOptions): Promise<number> {
  const policy = options.policy;
  if (policy !== undefined && policy !== "drop" && policy !== "mark")
    throw new UsageError(`--policy is drop or mark, got "${policy}"`);
  if (options.entry || options.article) {
    if (!options.entry || !options.article) throw new UsageError("--entry and --article go together");
    const entry = readEntry(resolve(ctx.cwd, options.entry));
    const article = readArticle(resolve(ctx.cwd, options.article));
    const result = verifyGivenEntry(entry, article, { policy });
    printClaims(ctx, result.claims);
    return result.claims.some((e) => isProblem(e.claim)) ? 1 : 0;
  }
  const config = loadCliConfig(ctx, options.config);
  const date = resolveDate(ctx, config, options.date);
  if (!storeMayExist(config.store)) throw new UsageError(`no store at ${config.store.path}`);
  const store = await openConfiguredStore(config.store);
  let problems = 0;
  try {
    for (const v of await verifyDay({ store, config }, date, { policy })) {
      print(ctx.stdout, `# ${v.title} (${v.analyser.name}) ${v.url}${textFromLabel(v.textFrom)}`);
      printClaims(ctx, v.claims);
      const n = v.counts;
      // The briefing's 核验 numbers for this entry, had it been published from this analysis.
      print(
        ctx.stdout,
        `  counts: checked ${n.checked}, supported ${n.supported}, dropped ${n.dropped}, marked ${n.marked}${v.withheld ? " (withheld: no supported summary)" : ""}`,
      );
      const stars = n.stars;
      if (stars)
        print(
          ctx.stdout,
          `  stars ★${stars.model} → ★${stars.final} (signals allow ★${stars.min}–★${stars.max})`,
        );
      problems += v.claims.filter((e) => isProblem(e.claim)).length;
    }
  } finally {
    await store.close();
  }
  return problems > 0 ? 1 : 0;
}

/** The entry file, read and checked against the entry schema; any problem is one clear line. */
function readEntry(path: string): Entry {
  let value: unknown;
  try {
    value = JSON.parse(readInput(path));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${path} is not JSON: ${(error as Error).message}`);
  }
  const parsed = entrySchema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new UsageError(`${path} is not an entry (docs/json-output.md): ${first.join("; ")}`);
  }
  return parsed.data;
}

function readInput(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    throw new UsageError(`cannot read ${path}`);
  }
}

/** The article file as the fields evidence is built from (a page's account is its publisher). */
function readArticle(path: string): EvidenceArticle {
  const raw = readInput(path);
  if (!/\.html?$/i.test(path) && !/^\s*</.test(raw)) return { text: raw, links: [], title: "", status: "ok" };
  const page = extractPage(raw, { url: "https://example.invalid/" });
  return {
    text: page.text,
    html: page.html,
    links: page.links,
    title: page.title ?? "",
    account: page.account,
    status: "ok",
  };
}

const isProblem = (c: ClaimReport) => c.status !== "supported" && c.status !== "unchecked";

/**
 * One line per claim (kind, value, verdict, where, reason), then the article sentence it was
 * accepted on ("evidence: «…»") or why there is none ("no evidence: …"), so any 有据 can be audited.
 */
function printClaims(ctx: CliContext, explained: ClaimExplanation[]): void {
  const claims = explained.map((e) => e.claim);
  for (const { claim: c, evidence, why } of explained) {
    const verdict = c.status === "supported" ? "supported" : `unsupported (${c.status})`;
    print(ctx.stdout, `${c.kind}\t${c.value}\t${verdict}\t${c.where}\t${c.reason}`);
    if (c.role === "publisher")
      print(ctx.stdout, "\trole: publisher (the account itself, for its own piece)");
    print(ctx.stdout, evidence ? `\tevidence: «${evidence}»` : `\tno evidence: ${why}`);
  }
  const bad = claims.filter(isProblem).length;
  print(ctx.stdout, `${claims.length} claims, ${claims.length - bad} supported, ${bad} unsupported`);
}
