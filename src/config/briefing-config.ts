import { join, resolve } from "node:path";
import type { ConfigIssue } from "../errors.ts";
import { DEFAULT_BRIEFING_ID } from "../model/briefing-id.ts";
import type { Source } from "../model/source.ts";
import type { BriefingProfile } from "./briefings-schema.ts";
import type { Config } from "./load-config.ts";

/**
 * Several briefings per install: each briefing is the install's config seen through its profile
 * (config `briefings`): its sources, channels, title, ★ threshold, prompts and output folder, with
 * `briefing.id` set. Everything downstream (pipeline, queries, front ends) reads the briefing's
 * config and keys what it stores by `config.briefing.id`, so no stage knows there are several.
 */

/** The install's briefing ids, in config order: `["default"]` without a `briefings` section. */
export function briefingIdsOf(config: Pick<Config, "briefings">): string[] {
  return config.briefings?.map((b) => b.id) ?? [DEFAULT_BRIEFING_ID];
}

/**
 * The config of one briefing. Without a `briefings` section the only briefing is `default` and its
 * config is the install's, unchanged. Throws a RangeError for an id the config does not define
 * (front ends check `briefingIdsOf` first and word the error).
 */
export function configForBriefing(config: Config, id: string): Config {
  // A briefing's own config is already derived: only its own id leads back to it.
  if (config.briefing.id !== undefined) {
    if (config.briefing.id === id) return config;
    throw new RangeError(`briefing "${id}" asked of briefing "${config.briefing.id}"'s config`);
  }
  if (!config.briefings) {
    if (id === DEFAULT_BRIEFING_ID) return config;
    throw new RangeError(`no briefing "${id}" (the config defines only "${DEFAULT_BRIEFING_ID}")`);
  }
  const profile = config.briefings.find((b) => b.id === id);
  if (!profile)
    throw new RangeError(`no briefing "${id}" (the config defines ${briefingIdsOf(config).join(", ")})`);
  return {
    ...config,
    sources: sourcesOfProfile(config.sources, profile),
    llm:
      config.llm && profile.prompts
        ? { ...config.llm, prompts: { ...config.llm.prompts, ...defined(profile.prompts) } }
        : config.llm,
    output: { ...config.output, ...outputOf(config, profile) },
    briefing: {
      title: profile.title ?? config.briefing.title,
      minStars: profile.minStars ?? config.briefing.minStars,
      id,
      ...(profile.channels ? { channels: profile.channels } : {}),
    },
  };
}

/**
 * The channels a briefing is sent to: its own (`briefings[].channels`) or every configured one.
 * `config.channels` itself stays whole: the source-health alert channel is the install's.
 */
export function briefingChannels(config: Pick<Config, "channels" | "briefing">): Config["channels"] {
  const ids = config.briefing.channels;
  return ids ? config.channels.filter((c) => ids.includes(c.id)) : config.channels;
}

/** The sources a profile reads, in config order: those named by id or carrying one of its tags. */
export function sourcesOfProfile(
  sources: Source[],
  profile: Pick<BriefingProfile, "sources" | "sourceTags">,
): Source[] {
  if (!profile.sources && !profile.sourceTags) return sources;
  const ids = new Set(profile.sources ?? []);
  const tags = new Set(profile.sourceTags ?? []);
  return sources.filter((s) => ids.has(s.id) || (s.tags ?? []).some((t) => tags.has(t)));
}

/** The union of what several briefings read: the sources a run collects once for all of them. */
export function sourcesOfBriefings(config: Config, ids: readonly string[]): Source[] {
  const wanted = new Set(ids.flatMap((id) => configForBriefing(config, id).sources.map((s) => s.id)));
  return config.sources.filter((s) => wanted.has(s.id));
}

function outputOf(config: Config, profile: BriefingProfile): { dir: string; siteUrl?: string } {
  const isDefault = profile.id === DEFAULT_BRIEFING_ID;
  const dir = profile.output?.dir
    ? resolve(config.baseDir, profile.output.dir)
    : isDefault
      ? config.output.dir
      : join(config.output.dir, profile.id);
  const base = config.output.siteUrl;
  const siteUrl =
    profile.output?.siteUrl ??
    (base && !isDefault ? new URL(`${profile.id}/`, base.endsWith("/") ? base : `${base}/`).href : base);
  return siteUrl === undefined ? { dir } : { dir, siteUrl };
}

function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * What a `briefings` section names must exist: its sources, tags and channels; a briefing reads at
 * least one enabled source; its own prompts need an `llm` section.
 */
export function checkBriefings(
  config: Pick<Config, "briefings" | "sources" | "channels" | "llm" | "schedule">,
): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  /** Each name of `names` that `known` lacks: an issue at `path.<index>`. */
  const unknown = (
    names: readonly string[] | undefined,
    known: ReadonlySet<string>,
    at: { path: string; where: string },
    what: string,
    hint: string,
  ) =>
    names?.forEach((name, j) => {
      if (!known.has(name))
        issues.push({ path: `${at.path}.${j}`, where: at.where, message: `no ${what} "${name}"`, hint });
    });
  const listed = (set: ReadonlySet<string>, none: string) => [...set].join(", ") || none;
  const briefingIds = new Set(briefingIdsOf(config));
  config.schedule.jobs.forEach((job, i) => {
    const at = {
      path: `schedule.jobs.${i}.briefings`,
      where: `schedule.jobs[#${i + 1} ${job.name}].briefings`,
    };
    unknown(job.briefings, briefingIds, at, "briefing has the id", `use one of: ${listed(briefingIds, "")}`);
  });
  const sourceIds = new Set(config.sources.map((s) => s.id));
  const tags = new Set(config.sources.flatMap((s) => s.tags ?? []));
  const channelIds = new Set(config.channels.map((c) => c.id));
  config.briefings?.forEach((b, i) => {
    const at = (key: string) => ({
      path: `briefings.${i}.${key}`,
      where: `briefings[#${i + 1} ${b.id}].${key}`,
    });
    unknown(b.sources, sourceIds, at("sources"), "source has the id", `use one of: ${listed(sourceIds, "")}`);
    const noTags = "(none: add `tags:` to sources)";
    unknown(
      b.sourceTags,
      tags,
      at("sourceTags"),
      "source has the tag",
      `tags in use: ${listed(tags, noTags)}`,
    );
    const noChannels = "(no channels configured)";
    unknown(
      b.channels,
      channelIds,
      at("channels"),
      "channel has the id",
      `use one of: ${listed(channelIds, noChannels)}`,
    );
    if (b.prompts && !config.llm)
      issues.push({
        ...at("prompts"),
        message: "own prompts need an `llm` section",
        hint: "configure a provider (docs/llm.md) or remove prompts",
      });
    if (!sourcesOfProfile(config.sources, b).some((s) => s.enabled))
      issues.push({
        path: `briefings.${i}.id`,
        where: at("sources").where,
        message: `briefing "${b.id}" reads no enabled source`,
        hint: "list source ids in `sources` or tags in `sourceTags`",
      });
  });
  return issues;
}
