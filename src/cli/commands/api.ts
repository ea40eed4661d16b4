import { randomBytes } from "node:crypto";
import { API_SCOPES } from "../../config/index.ts";
import { UsageError } from "../../errors.ts";
import { hashToken } from "../../server/api/auth.ts";
import { type CliContext, print } from "../context.ts";

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
    throw new UsageError(
      `--scopes 取 read 或 read,write (--scopes takes read or read,write), got "${options.scopes}"`,
    );
  const name = options.name ?? "my-client";
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/.test(name))
    throw new UsageError(
      `--name 只能用字母、数字、. - _ (--name takes letters, digits, . - _), got "${name}"`,
    );
  const secret = token ?? `dbk_${randomBytes(24).toString("base64url")}`;
  if (!token) print(ctx.stdout, `token: ${secret}   # 只显示这一次，请妥善保存 (shown once: keep it safe)`);
  print(ctx.stdout, "api:");
  print(ctx.stdout, "  tokens:");
  print(ctx.stdout, `    - name: ${name}`);
  print(ctx.stdout, `      sha256: ${hashToken(secret)}`);
  print(ctx.stdout, `      scopes: [${scopes.join(", ")}]`);
  return 0;
}
