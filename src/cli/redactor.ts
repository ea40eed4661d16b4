import { readFileSync } from "node:fs";
import type { Config } from "../config/index.ts";
import { listEnvReferences } from "../config/interpolate.ts";
import { createChannel } from "../deliver/index.ts";
import { LLM_PRESETS, resolveApiKey } from "../llm/index.ts";
import { createRedactor, type Redactor, urlSecrets } from "../model/redact.ts";

/** Environment variables whose name says they hold a credential. */
const SECRET_NAME = /KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|WEBHOOK|SIGN/i;
/** Request headers whose name says they carry a credential. */
const SECRET_HEADER = /key|token|secret|auth|sign|cookie|password/i;

/**
 * The one redactor of a process, built from the config and the environment: every value the
 * config interpolates (${VAR}), every variable named like a credential, every channel URL's path
 * and query and the channel's own secrets, every LLM key (configured, or the preset's variable)
 * every credential-like header of an LLM provider, the password of a Postgres store URL, and a
 * feed URL's password and credential-named query values.
 */
export function buildRedactor(config: Config, env: Record<string, string | undefined>): Redactor {
  const secrets: (string | undefined)[] = [];
  if (config.file) {
    try {
      for (const name of listEnvReferences(readFileSync(config.file, "utf8"))) secrets.push(env[name]);
    } catch {
      // the config was read a moment ago; if it is gone now, the other sources below still apply
    }
  }
  for (const [name, value] of Object.entries(env)) if (SECRET_NAME.test(name)) secrets.push(value);
  for (const channel of config.channels) {
    for (const value of Object.values(channel as Record<string, unknown>)) {
      if (typeof value === "string" && /^https?:\/\//i.test(value)) secrets.push(...urlSecrets(value));
    }
    try {
      secrets.push(...createChannel(channel).channel.secrets);
    } catch {
      // a channel that cannot be built fails later with its own error; its URL parts are covered above
    }
  }
  for (const p of config.llm?.providers ?? []) {
    const preset = p.preset ? LLM_PRESETS[p.preset] : undefined;
    secrets.push(resolveApiKey(p.apiKey, preset?.apiKeyEnv, env).value);
    if (p.apiKey && !p.apiKey.startsWith("${")) secrets.push(p.apiKey);
    // Extra headers that carry a credential (Azure's api-key, a gateway's X-Auth-Token …).
    for (const [name, value] of Object.entries(p.headers ?? {}))
      if (SECRET_HEADER.test(name)) secrets.push(value.replace(/^(?:Bearer|Basic|Token)\s+/i, ""), value);
  }
  // A feed's own credentials: the password of its user info, and every query value whose name says
  // it is one (?auth_code=, ?access=, ?sid= …). Its path and other values stay readable: they are
  // names that appear in briefings too (a repository's, a feed type's).
  for (const source of config.sources)
    secrets.push(...urlPassword(source.url), ...credentialParams(source.url));
  // A password written into store.url (better kept in PGPASSWORD, redacted above by its name).
  if (config.store.url) secrets.push(...urlPassword(config.store.url));
  // And of the queue's Redis URL (redis://:password@host).
  if (config.queue.url) secrets.push(...urlPassword(config.queue.url));
  return createRedactor(secrets);
}

/** Query parameter names that carry a credential. */
const CREDENTIAL_PARAM = /key|token|secret|auth|code|sign|pass|pwd|sid|session|access|cred|ticket|hash/i;

function credentialParams(url: string): string[] {
  try {
    return [...new URL(url).searchParams]
      .filter(([name, value]) => value && CREDENTIAL_PARAM.test(name))
      .map(([, value]) => value);
  } catch {
    return [];
  }
}

function urlPassword(url: string): string[] {
  try {
    const password = new URL(url).password;
    return password ? [password, decodeURIComponent(password)] : [];
  } catch {
    return [];
  }
}
