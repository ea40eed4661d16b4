import { randomBytes } from "node:crypto";
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
  const secret = token ?? `dbk_${randomBytes(24).toString("base64url")}`;
  if (!token) print(ctx.stdout, `token: ${secret}   # 只显示这一次，请妥善保存 (shown once: keep it safe)`);
  const scopes = (options.scopes ?? "read")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  print(ctx.stdout, "api:");
  print(ctx.stdout, "  tokens:");
  print(ctx.stdout, `    - name: ${options.name ?? "my-client"}`);
  print(ctx.stdout, `      sha256: ${hashToken(secret)}`);
  print(ctx.stdout, `      scopes: [${scopes.join(", ")}]`);
  return 0;
}
