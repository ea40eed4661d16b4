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
import { messagesOf, type Translate } from "../i18n.ts";
import { loadBriefingConfig, resolveStoredDate } from "../load.ts";
import { textFromLabel } from "./dupes.ts";

export interface VerifyCommandOptions {
  config?: string;
  /** Which briefing of the install (config `briefings`). */
  briefing?: string;
  entry?: string;
  article?: string;
  date?: string;
  policy?: "drop" | "mark";
}

/**
 * `daybrief verify --entry entry.json --article page.html|text.txt`: every claim with its verdict.
 * `--date D` (or `latest`): re-verifies the stored analyses of that day. Exit 1 when any claim is
 * unsupported; neither given is a usage error (exit 2) that says both forms.
 */
export async function verifyCommand(ctx: CliContext, options: VerifyCommandOptions): Promise<number> {
  const t = messagesOf(ctx);
  const policy = options.policy;
  if (policy !== undefined && policy !== "drop" && policy !== "mark")
    throw new UsageError(t("verify.badPolicy", { value: policy }));
  if (options.entry || options.article) {
    if (!options.entry || !options.article) throw new UsageError(t("verify.together"));
    const entry = readEntry(t, resolve(ctx.cwd, options.entry));
    const article = readArticle(t, resolve(ctx.cwd, options.article));
    const result = verifyGivenEntry(entry, article, { policy });
    printClaims(ctx, t, result.claims);
    return result.claims.some((e) => isProblem(e.claim)) ? 1 : 0;
  }
  if (options.date === undefined) throw new UsageError(t("verify.usage"));
  const config = loadBriefingConfig(ctx, options);
  if (!storeMayExist(config.store)) throw new UsageError(t("error.noStore", { path: config.store.path }));
  const store = await openConfiguredStore(config.store);
  let problems = 0;
  try {
    const date = await resolveStoredDate(ctx, config, store, options.date);
    for (const v of await verifyDay({ store, config }, date, { policy })) {
      const from = textFromLabel(t, v.textFrom);
      print(
        ctx.stdout,
        t("verify.entryHeader", { title: v.title, analyser: v.analyser.name, url: v.url, from }),
      );
      printClaims(ctx, t, v.claims);
      const n = v.counts;
      // The briefing's 核验 numbers for this entry, had it been published from this analysis.
      print(
        ctx.stdout,
        t("verify.counts", {
          checked: n.checked,
          supported: n.supported,
          dropped: n.dropped,
          marked: n.marked,
          withheld: v.withheld ? t("verify.withheld") : "",
        }),
      );
      const stars = n.stars;
      if (stars)
        print(
          ctx.stdout,
          t("verify.stars", { model: stars.model, final: stars.final, min: stars.min, max: stars.max }),
        );
      problems += v.claims.filter((e) => isProblem(e.claim)).length;
    }
  } finally {
    await store.close();
  }
  return problems > 0 ? 1 : 0;
}

/** The entry file, read and checked against the entry schema; any problem is one clear line. */
function readEntry(t: Translate, path: string): Entry {
  let value: unknown;
  try {
    value = JSON.parse(readInput(t, path));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(t("verify.notJson", { path, detail: (error as Error).message }));
  }
  const parsed = entrySchema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new UsageError(t("verify.notEntry", { path, detail: first.join("; ") }));
  }
  return parsed.data;
}

function readInput(t: Translate, path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    throw new UsageError(t("verify.cannotRead", { path }));
  }
}

/** The article file as the fields evidence is built from (a page's account is its publisher). */
function readArticle(t: Translate, path: string): EvidenceArticle {
  const raw = readInput(t, path);
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
function printClaims(ctx: CliContext, t: Translate, explained: ClaimExplanation[]): void {
  const claims = explained.map((e) => e.claim);
  for (const { claim: c, evidence, why } of explained) {
    const verdict =
      c.status === "supported" ? t("verify.supported") : t("verify.unsupported", { status: c.status });
    print(ctx.stdout, `${c.kind}\t${c.value}\t${verdict}\t${c.where}\t${c.reason}`);
    if (c.role === "publisher") print(ctx.stdout, t("verify.publisher"));
    print(ctx.stdout, evidence ? t("verify.evidence", { text: evidence }) : t("verify.noEvidence", { why }));
  }
  const bad = claims.filter(isProblem).length;
  print(
    ctx.stdout,
    t("verify.total", { count: claims.length, supported: claims.length - bad, unsupported: bad }),
  );
}
