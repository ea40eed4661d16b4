import type { QueryContext } from "./context.ts";

/**
 * The web app's sessions as the store keeps them: a signed cookie names its session, and logging
 * out ends that session on the server too (a copied cookie is refused until it would have expired).
 */
export interface SessionRegistry {
  /** Ends session `id`, whose cookie would be valid until `expiresAt`. */
  revoke(id: string, expiresAt: Date): Promise<void>;
  /** Whether session `id` was ended. */
  isRevoked(id: string): Promise<boolean>;
}

export function sessionRegistry(ctx: Pick<QueryContext, "store">, now: () => Date): SessionRegistry {
  return {
    revoke: (id, expiresAt) => ctx.store.revokeSession(id, expiresAt, now()),
    isRevoked: (id) => ctx.store.isSessionRevoked(id),
  };
}
