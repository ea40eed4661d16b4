import { randomBytes } from "node:crypto";
import { API_SCOPES } from "../../config/index.ts";
import { UsageError } from "../../errors.ts";
import { hashToken } from "../../server/api/auth.ts";
import { type CliContext, print } from "../context.ts";
import { messagesOf } from "../i18n.ts";

/**
 * `daybrief api hash-token [token]`: the SHA-256 to put under api.tokens[].sha256. Without a token,
 * makes a new random one and prints both (the token once: only its hash goes in the config).
 */
export function hashTokenCommand(
  ctx: CliContext,
  token: string | undefined,
  options: { name?: string; scopes?: string },
): number {
  const scopes = (options.scopes ?? "read")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = scopes.filter((scope) => !(API_SCOPES as readonly string[]).includes(scope));
  if (unknown.length > 0 || scopes.length === 0)
    throw new UsageError(messagesOf(ctx)("api.badScopes", { value: options.scopes ?? "" }));
  const name = options.name ?? "my-client";
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/.test(name))
    throw new UsageError(messagesOf(ctx)("api.badName", { value: name }));
  const secret = token ?? `dbk_${randomBytes(24).toString("base64url")}`;
  if (!token) print(ctx.stdout, messagesOf(ctx)("api.tokenShownOnce", { token: secret }));
  print(ctx.stdout, "api:");
  print(ctx.stdout, "  tokens:");
  print(ctx.stdout, `    - name: ${name}`);
  print(ctx.stdout, `      sha256: ${hashToken(secret)}`);
  print(ctx.stdout, `      scopes: [${scopes.join(", ")}]`);
  return 0;
}
