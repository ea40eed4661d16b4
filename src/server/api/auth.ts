import { createHash, timingSafeEqual } from "node:crypto";
import type { ApiConfig, ApiScope } from "../../config/index.ts";

/** Who is calling: a configured token (by name) or, with `api.publicRead`, an anonymous reader. */
export interface Caller {
  name: string;
  scopes: readonly ApiScope[];
  anonymous: boolean;
}

/** SHA-256 of a token as hex, the form `api.tokens[].sha256` stores. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * The caller an `Authorization` header names, undefined when it names none that is configured.
 * Hashes compare in constant time and every configured token is compared, so timing says nothing
 * about which hash was close.
 */
export function authenticate(api: ApiConfig, authorization: string | undefined): Caller | undefined {
  if (authorization === undefined) return api.publicRead ? anonymousCaller() : undefined;
  const m = authorization.match(/^Bearer[ ]+([\x21-\x7e]{1,512})\s*$/i);
  if (!m) return undefined;
  const presented = Buffer.from(hashToken(m[1]!), "hex");
  let found: Caller | undefined;
  for (const token of api.tokens) {
    const stored = Buffer.from(token.sha256, "hex");
    if (stored.length === presented.length && timingSafeEqual(stored, presented) && !found)
      found = { name: token.name, scopes: token.scopes, anonymous: false };
  }
  return found;
}

function anonymousCaller(): Caller {
  return { name: "anonymous", scopes: ["read"], anonymous: true };
}

export function hasScope(caller: Caller, scope: ApiScope): boolean {
  return caller.scopes.includes(scope);
}
